package io.github.imagekitspring.namedtransformations;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * The field rules of named transformations.
 */
final class NamedTransformationChecks {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

	private NamedTransformationChecks() {
	}

	/** Names hold letters, digits and underscores only: they appear in URLs as {@code n-<name>}. */
	static void requireName(@Nullable String name) {
		String value = Arguments.requireText(name, "name");
		if (!NAME.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"name must hold only letters, digits or underscores, was '" + value + "'");
		}
	}

}
