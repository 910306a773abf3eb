package io.github.imagekitspring.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Masks secrets in {@code toString()} output.
 */
final class Secrets {

	private Secrets() {
	}

	static String mask(@Nullable String secret) {
		return (secret == null || secret.isEmpty()) ? "<unset>" : "******";
	}

}
