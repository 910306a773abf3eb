package io.github.imagekitspring.files;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A file or file version of the media library.
 *
 * @param fileId the file id
 * @param type {@code file} or {@code file-version}
 * @param name the file name
 * @param filePath the path of the file, such as {@code /products/shoe.jpg}
 * @param tags the tags, or {@code null} if none
 * @param aiTags the AI tags, or {@code null} if none
 * @param versionInfo the version's id and name
 * @param isPrivateFile whether the file is private
 * @param isPublished whether the file is published
 * @param customCoordinates the custom coordinates {@code x,y,width,height}, or {@code null}
 * @param url the delivery URL
 * @param thumbnail the thumbnail URL
 * @param fileType {@code image} or {@code non-image}
 * @param mime the MIME type
 * @param width the width in pixels
 * @param height the height in pixels
 * @param size the size in bytes
 * @param bitRate the bit rate of audio and video, in kbps
 * @param duration the duration of audio and video, in seconds
 * @param audioCodec the audio codec
 * @param videoCodec the video codec
 * @param hasAlpha whether the image has an alpha channel
 * @param customMetadata the custom metadata
 * @param selectedFieldsSchema the schema of the custom metadata fields selected for the file's path
 * @param embeddedMetadata the embedded EXIF, IPTC and XMP metadata
 * @param description the description
 * @param createdAt when the file was uploaded
 * @param updatedAt when the file was last updated
 * @param extensionStatus the status of each extension an update requested, empty otherwise
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record FileDetails(String fileId, String type, String name, String filePath, @Nullable List<String> tags,
		@JsonProperty("AITags") @Nullable List<AITag> aiTags, @Nullable VersionInfo versionInfo,
		@Nullable Boolean isPrivateFile, @Nullable Boolean isPublished, @Nullable String customCoordinates,
		@Nullable String url, @Nullable String thumbnail, @Nullable String fileType, @Nullable String mime,
		@Nullable Integer width, @Nullable Integer height, @Nullable Long size, @Nullable Long bitRate,
		@Nullable Long duration, @Nullable String audioCodec, @Nullable String videoCodec, @Nullable Boolean hasAlpha,
		@Nullable Map<String, Object> customMetadata, @Nullable Map<String, Object> selectedFieldsSchema,
		@Nullable Map<String, Object> embeddedMetadata, @Nullable String description, @Nullable Instant createdAt,
		@Nullable Instant updatedAt, @Nullable Map<String, String> extensionStatus) implements Asset {

	/** Whether this is an older version of a file rather than the file itself. */
	public boolean isVersion() {
		return "file-version".equals(this.type);
	}

}
