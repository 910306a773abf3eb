package io.github.imagekitspring.savedextensions;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.extensions.Extension;

/**
 * A saved extension as ImageKit returns it.
 *
 * @param id the id, used in {@link Extension#savedExtension(String)}
 * @param name the name
 * @param description what it does
 * @param config the extension it applies
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record SavedExtension(String id, String name, String description, Extension config,
		@Nullable Instant createdAt, @Nullable Instant updatedAt) {
}
