package io.github.imagekitspring.namedtransformations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A named transformation as ImageKit returns it.
 *
 * @param id the id
 * @param name the name, used in URLs as {@code tr:n-<name>}
 * @param transformation the transformation string it stands for
 * @param enabled whether it is enabled; a disabled one fails at delivery
 * @param createdAt when it was created
 */
public record NamedTransformation(String id, String name, String transformation, boolean enabled,
		@Nullable Instant createdAt) {
}
