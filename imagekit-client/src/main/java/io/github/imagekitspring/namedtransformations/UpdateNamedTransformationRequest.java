package io.github.imagekitspring.namedtransformations;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * A change to a named transformation, {@code PATCH /v1/named-transformations/{id}}: only the fields set are sent
 * and changed; at least one must be set. Renaming or disabling one that an upload pre- or post-transformation
 * setting still uses fails with a 409.
 *
 * @param name a new name (letters, digits and underscores), or {@code null} to keep it
 * @param transformation a new transformation string, or {@code null} to keep it
 * @param enabled whether it is enabled, or {@code null} to keep it
 */
public record UpdateNamedTransformationRequest(@Nullable String name, @Nullable String transformation,
		@Nullable Boolean enabled) {

	public UpdateNamedTransformationRequest {
		if (name == null && transformation == null && enabled == null) {
			throw new IllegalArgumentException("At least one of name, transformation and enabled must be set");
		}
		if (name != null) {
			NamedTransformationChecks.requireName(name);
		}
		if (transformation != null) {
			Arguments.requireText(transformation, "transformation");
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Builds an {@link UpdateNamedTransformationRequest}. */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String transformation;

		private @Nullable Boolean enabled;

		private Builder() {
		}

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder transformation(String transformation) {
			this.transformation = transformation;
			return this;
		}

		public Builder enabled(boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		public UpdateNamedTransformationRequest build() {
			return new UpdateNamedTransformationRequest(this.name, this.transformation, this.enabled);
		}

	}

}
