package io.github.imagekitspring.namedtransformations;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * A named transformation to create, {@code POST /v1/named-transformations}. ImageKit keeps at most 250 per account.
 *
 * @param name the name: letters, digits and underscores, unique in the account, case-sensitive
 * @param transformation the transformation string, such as {@code w-150,h-150}; it cannot use another named
 * transformation
 * @param enabled whether it is enabled, or {@code null} for ImageKit's default
 */
public record CreateNamedTransformationRequest(String name, String transformation, @Nullable Boolean enabled) {

	public CreateNamedTransformationRequest {
		NamedTransformationChecks.requireName(name);
		Arguments.requireText(transformation, "transformation");
	}

	/**
	 * A request with ImageKit's default for {@code enabled}.
	 * @param name the name
	 * @param transformation the transformation string
	 * @return the request
	 */
	public static CreateNamedTransformationRequest of(String name, String transformation) {
		return new CreateNamedTransformationRequest(name, transformation, null);
	}

}
