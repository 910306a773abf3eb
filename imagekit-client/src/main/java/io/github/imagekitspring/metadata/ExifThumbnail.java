package io.github.imagekitspring.metadata;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The embedded thumbnail section of EXIF.
 *
 * @param compression the compression scheme
 * @param xResolution the horizontal resolution
 * @param yResolution the vertical resolution
 * @param resolutionUnit the unit of the resolutions
 * @param thumbnailOffset where the thumbnail starts
 * @param thumbnailLength the thumbnail's length in bytes
 * @param other any other tag of the section
 */
public record ExifThumbnail(@JsonProperty("Compression") @Nullable Integer compression,
		@JsonProperty("XResolution") @Nullable Double xResolution,
		@JsonProperty("YResolution") @Nullable Double yResolution,
		@JsonProperty("ResolutionUnit") @Nullable Integer resolutionUnit,
		@JsonProperty("ThumbnailOffset") @Nullable Long thumbnailOffset,
		@JsonProperty("ThumbnailLength") @Nullable Long thumbnailLength, @JsonAnySetter Map<String, Object> other) {

	public ExifThumbnail {
		other = ExifSections.copy(other);
	}

}
