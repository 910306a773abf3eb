/**
 * The ImageKit client's public API: {@link io.github.imagekitspring.ImageKitOperations}, its results and exceptions.
 */
@NullMarked
package io.github.imagekitspring;

import org.jspecify.annotations.NullMarked;
