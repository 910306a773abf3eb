package io.github.imagekitspring.upload;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.files.AITag;
import io.github.imagekitspring.files.VersionInfo;

/**
 * The 200 answer of an upload: the stored file. The fields marked "on request" are filled in only when asked for
 * with {@link UploadRequest#responseFields()}.
 *
 * @param fileId the file id, used by every later call on the file
 * @param name the stored name, with ImageKit's unique suffix unless {@code useUniqueFileName} was false
 * @param filePath the path in the media library, such as {@code /products/shoe_abc123.jpg}
 * @param url the delivery URL
 * @param thumbnailUrl a small thumbnail URL, for images
 * @param height the height in pixels, for images and videos
 * @param width the width in pixels, for images and videos
 * @param size the size in bytes
 * @param bitRate the bit rate in kbps, for audio and video
 * @param duration the duration in seconds, for audio and video
 * @param audioCodec the audio codec, for audio and video
 * @param videoCodec the video codec, for video
 * @param fileType {@code image} or {@code non-image}
 * @param versionInfo the id and name of the version this upload created
 * @param aiTags tags added by auto-tagging extensions, or {@code null}
 * @param description the description, given or written by {@code ai-auto-description}
 * @param tags the tags (on request), {@code null} if none
 * @param isPrivateFile whether the file is private (on request)
 * @param isPublished whether the file is published (on request)
 * @param customCoordinates {@code x,y,width,height} (on request), {@code null} if none
 * @param customMetadata the custom metadata values (on request)
 * @param metadata the legacy technical metadata, as the {@code GET /v1/files/{fileId}/metadata} object (on request)
 * @param embeddedMetadata the embedded EXIF, IPTC and XMP values (on request)
 * @param selectedFieldsSchema the custom metadata fields selected for the file's path (on request)
 * @param extensionStatus each requested extension's status: {@code success}, {@code pending} (final status goes to
 * the {@code webhookUrl}) or {@code failed}; {@code null} when no extension was requested
 */
public record UploadedFile(String fileId, String name, String filePath, @Nullable String url,
		@Nullable String thumbnailUrl, @Nullable Integer height, @Nullable Integer width, @Nullable Long size,
		@Nullable Long bitRate, @Nullable Long duration, @Nullable String audioCodec, @Nullable String videoCodec,
		@Nullable String fileType, @Nullable VersionInfo versionInfo,
		@JsonProperty("AITags") @Nullable List<AITag> aiTags, @Nullable String description,
		@Nullable List<String> tags, @Nullable Boolean isPrivateFile, @Nullable Boolean isPublished,
		@Nullable String customCoordinates, @Nullable Map<String, Object> customMetadata,
		@Nullable Map<String, Object> metadata, @Nullable Map<String, Object> embeddedMetadata,
		@Nullable Map<String, Object> selectedFieldsSchema,
		@Nullable Map<String, String> extensionStatus) implements UploadResult {

}
