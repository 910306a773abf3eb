package io.github.imagekitspring.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The file in {@code file.*}, {@code file-version.created} and {@code upload.pre-transform.success} events: the
 * commonly used fields of the API's FileDetails and Upload objects (other fields are ignored).
 *
 * @param fileId the file's id
 * @param type {@code file} or {@code file-version}
 * @param name the file name
 * @param filePath the path in the media library
 * @param url the delivery URL
 * @param thumbnailUrl the thumbnail URL ({@code thumbnail} in FileDetails, {@code thumbnailUrl} in Upload)
 * @param fileType {@code image} or {@code non-image}
 * @param mime the MIME type
 * @param width pixels
 * @param height pixels
 * @param size bytes
 * @param tags the tags
 * @param isPrivateFile whether the file is private
 * @param isPublished whether the file is published
 * @param customMetadata custom metadata values
 * @param versionInfo the version
 * @param description the description
 * @param createdAt creation time
 * @param updatedAt last update time
 */
public record WebhookFile(@Nullable String fileId, @Nullable String type, @Nullable String name,
		@Nullable String filePath, @Nullable String url,
		@JsonProperty("thumbnailUrl") @JsonAlias("thumbnail") @Nullable String thumbnailUrl,
		@Nullable String fileType, @Nullable String mime, @Nullable Integer width, @Nullable Integer height,
		@Nullable Long size, @Nullable List<String> tags,
		@JsonProperty("isPrivateFile") @Nullable Boolean isPrivateFile,
		@JsonProperty("isPublished") @Nullable Boolean isPublished, @Nullable Map<String, Object> customMetadata,
		@Nullable VersionInfo versionInfo, @Nullable String description, @Nullable Instant createdAt,
		@Nullable Instant updatedAt) {

	/**
	 * A file version.
	 *
	 * @param id the version id
	 * @param name the version name
	 */
	public record VersionInfo(@Nullable String id, @Nullable String name) {

	}

}
