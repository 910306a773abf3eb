/**
 * Image and video metadata (size, format, EXIF, perceptual hash) of uploaded files and of ImageKit URLs.
 */
@NullMarked
package io.github.imagekitspring.metadata;

import org.jspecify.annotations.NullMarked;
