package io.github.imagekitspring.savedextensions;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.internal.http.Arguments;

/**
 * A change to a saved extension, {@code PATCH /v1/saved-extensions/{id}}: only the fields set are sent and
 * changed; at least one must be set.
 *
 * @param name a new name, not blank, or {@code null} to keep it
 * @param description a new description, not blank, or {@code null} to keep it
 * @param config a new extension (a base extension, not a saved-extension reference), or {@code null} to keep it
 */
public record UpdateSavedExtensionRequest(@Nullable String name, @Nullable String description,
		@Nullable Extension config) {

	public UpdateSavedExtensionRequest {
		if (name == null && description == null && config == null) {
			throw new IllegalArgumentException("At least one of name, description and config must be set");
		}
		if (name != null) {
			Arguments.requireText(name, "name");
		}
		if (description != null) {
			Arguments.requireText(description, "description");
		}
		if (config != null) {
			SavedExtensionChecks.requireBaseExtension(config);
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Builds an {@link UpdateSavedExtensionRequest}. */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable Extension config;

		private Builder() {
		}

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder config(Extension config) {
			this.config = config;
			return this;
		}

		public UpdateSavedExtensionRequest build() {
			return new UpdateSavedExtensionRequest(this.name, this.description, this.config);
		}

	}

}
