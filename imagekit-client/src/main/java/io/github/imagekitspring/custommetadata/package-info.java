/**
 * Custom metadata fields: the typed fields whose values files carry in {@code customMetadata}.
 */
@NullMarked
package io.github.imagekitspring.custommetadata;

import org.jspecify.annotations.NullMarked;
