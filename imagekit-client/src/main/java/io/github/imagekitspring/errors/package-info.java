/**
 * The exceptions the ImageKit client throws: {@link io.github.imagekitspring.errors.ImageKitServiceException} and
 * one subclass per status the API uses, and {@link io.github.imagekitspring.errors.ImageKitIoException} for
 * transport failures.
 */
@NullMarked
package io.github.imagekitspring.errors;

import org.jspecify.annotations.NullMarked;
