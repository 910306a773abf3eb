/**
 * Saved extensions: extension configurations stored under an id, applied to uploads and file updates with
 * {@link io.github.imagekitspring.extensions.Extension#savedExtension(String)}.
 */
@NullMarked
package io.github.imagekitspring.savedextensions;

import org.jspecify.annotations.NullMarked;
