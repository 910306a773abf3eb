package io.github.imagekitspring.files;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.internal.http.Arguments;

/**
 * Body of the update-file-details API, {@code PATCH /v1/files/{fileId}/details}, in one of its two shapes: changes
 * to the details ({@link #builder()}), or a change of publication status ({@link #publish(boolean, Boolean)}).
 *
 * <p>Details fields left out of the builder are left unchanged by ImageKit; the {@code clear...} and
 * {@code remove...} methods send the explicit {@code null} that unsets a value.
 */
public final class UpdateFileRequest {

	private final Map<String, @Nullable Object> body;

	private UpdateFileRequest(Map<String, @Nullable Object> body) {
		this.body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
	}

	/**
	 * Start a change of the file's details.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Change the publication status of the file.
	 * @param isPublished whether the file is published
	 * @param includeFileVersions whether its versions change too, or {@code null} for ImageKit's default
	 * @return the request
	 */
	public static UpdateFileRequest publish(boolean isPublished, @Nullable Boolean includeFileVersions) {
		Map<String, @Nullable Object> publish = new LinkedHashMap<>();
		publish.put("isPublished", isPublished);
		if (includeFileVersions != null) {
			publish.put("includeFileVersions", includeFileVersions);
		}
		return new UpdateFileRequest(Map.of("publish", publish));
	}

	/** The JSON body, with explicit {@code null} values where a field is to be unset. */
	public Map<String, @Nullable Object> body() {
		return this.body;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof UpdateFileRequest that) && this.body.equals(that.body);
	}

	@Override
	public int hashCode() {
		return this.body.hashCode();
	}

	@Override
	public String toString() {
		return "UpdateFileRequest" + this.body;
	}

	/** Builds the details shape of {@link UpdateFileRequest}. */
	public static final class Builder {

		private final Map<String, @Nullable Object> body = new LinkedHashMap<>();

		private @Nullable Map<String, @Nullable Object> customMetadata;

		private Builder() {
		}

		/**
		 * Replace the file's tags.
		 * @param tags the new tags
		 * @return this builder
		 */
		public Builder tags(List<String> tags) {
			this.body.put("tags", List.copyOf(Arguments.requireNonNull(tags, "tags")));
			return this;
		}

		/**
		 * Remove every tag of the file.
		 * @return this builder
		 */
		public Builder clearTags() {
			this.body.put("tags", null);
			return this;
		}

		/**
		 * Set the custom coordinates.
		 * @param customCoordinates {@code x,y,width,height}
		 * @return this builder
		 */
		public Builder customCoordinates(String customCoordinates) {
			this.body.put("customCoordinates", Arguments.requireText(customCoordinates, "customCoordinates"));
			return this;
		}

		/**
		 * Unset the custom coordinates.
		 * @return this builder
		 */
		public Builder clearCustomCoordinates() {
			this.body.put("customCoordinates", null);
			return this;
		}

		/**
		 * Set custom metadata values; the fields must exist (custom metadata fields API).
		 * @param values the values by field name
		 * @return this builder
		 */
		public Builder customMetadata(Map<String, ?> values) {
			Arguments.requireNonNull(values, "customMetadata");
			values.forEach((name, value) -> customMetadataEntries().put(Arguments.requireText(name, "customMetadata key"),
					Arguments.requireNonNull(value, "customMetadata." + name)));
			return this;
		}

		/**
		 * Unset one custom metadata value.
		 * @param field the field name
		 * @return this builder
		 */
		public Builder removeCustomMetadata(String field) {
			customMetadataEntries().put(Arguments.requireText(field, "field"), null);
			return this;
		}

		/**
		 * Remove some AI tags; ImageKit does this before it runs any extension.
		 * @param aiTags the AI tags to remove
		 * @return this builder
		 */
		public Builder removeAITags(List<String> aiTags) {
			this.body.put("removeAITags", List.copyOf(Arguments.requireIds(aiTags, Integer.MAX_VALUE, "aiTags")));
			return this;
		}

		/**
		 * Remove every AI tag.
		 * @return this builder
		 */
		public Builder removeAllAITags() {
			this.body.put("removeAITags", "all");
			return this;
		}

		/**
		 * Receive the final status of the requested extensions at this URL.
		 * @param webhookUrl the URL
		 * @return this builder
		 */
		public Builder webhookUrl(URI webhookUrl) {
			this.body.put("webhookUrl", Arguments.requireNonNull(webhookUrl, "webhookUrl").toString());
			return this;
		}

		/**
		 * Run extensions on the file, such as background removal or AI tagging; their status comes back in
		 * {@link FileDetails#extensionStatus()} and, when set, at the {@link #webhookUrl(URI) webhook URL}.
		 * @param extensions the extensions, at least one
		 * @return this builder
		 */
		public Builder extensions(List<Extension> extensions) {
			Arguments.requireNonNull(extensions, "extensions");
			if (extensions.isEmpty()) {
				throw new IllegalArgumentException("extensions must not be empty");
			}
			extensions.forEach((extension) -> Extension.requireValidRequest(
					Arguments.requireNonNull(extension, "extensions entry")));
			this.body.put("extensions", List.copyOf(extensions));
			return this;
		}

		public Builder description(String description) {
			this.body.put("description", Arguments.requireNonNull(description, "description"));
			return this;
		}

		private Map<String, @Nullable Object> customMetadataEntries() {
			if (this.customMetadata == null) {
				this.customMetadata = new LinkedHashMap<>();
				this.body.put("customMetadata", this.customMetadata);
			}
			return this.customMetadata;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing is to be changed
		 */
		public UpdateFileRequest build() {
			if (this.body.isEmpty()) {
				throw new IllegalArgumentException("UpdateFileRequest must change at least one field");
			}
			Map<String, @Nullable Object> copy = new LinkedHashMap<>(this.body);
			if (this.customMetadata != null) {
				copy.put("customMetadata", Collections.unmodifiableMap(new LinkedHashMap<>(this.customMetadata)));
			}
			return new UpdateFileRequest(copy);
		}

	}

}
