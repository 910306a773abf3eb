package io.github.imagekitspring.custommetadata;

import org.jspecify.annotations.Nullable;

/**
 * Query of the list-fields API, {@code GET /v1/customMetadataFields}.
 *
 * @param includeDeleted whether deleted fields are listed too, or {@code null} for ImageKit's default (no)
 * @param folderPath list only the fields a path policy selects for this folder, such as {@code /path/to/folder}, or
 * {@code null} for every field
 */
public record ListCustomMetadataFieldsRequest(@Nullable Boolean includeDeleted, @Nullable String folderPath) {

	public ListCustomMetadataFieldsRequest {
		if (folderPath != null && folderPath.isBlank()) {
			throw new IllegalArgumentException("folderPath must not be blank");
		}
	}

	/** Every live field. */
	public static ListCustomMetadataFieldsRequest none() {
		return new ListCustomMetadataFieldsRequest(null, null);
	}

}
