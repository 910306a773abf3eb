package io.github.imagekitspring.metadata;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The IFD0 image section of EXIF.
 *
 * @param make the camera maker
 * @param model the camera model
 * @param imageDescription the description
 * @param artist the artist
 * @param copyright the copyright notice
 * @param orientation the EXIF orientation, 1 to 8
 * @param xResolution the horizontal resolution
 * @param yResolution the vertical resolution
 * @param resolutionUnit the unit of the resolutions
 * @param software the software that wrote the image
 * @param modifyDate when the image was changed, as EXIF writes it ({@code yyyy:MM:dd HH:mm:ss})
 * @param yCbCrPositioning the chroma sample positioning
 * @param exifOffset the offset of the EXIF section
 * @param gpsInfo the offset of the GPS section
 * @param other any other tag of the section
 */
public record ExifImage(@JsonProperty("Make") @Nullable String make, @JsonProperty("Model") @Nullable String model,
		@JsonProperty("ImageDescription") @Nullable String imageDescription,
		@JsonProperty("Artist") @Nullable String artist, @JsonProperty("Copyright") @Nullable String copyright,
		@JsonProperty("Orientation") @Nullable Integer orientation,
		@JsonProperty("XResolution") @Nullable Double xResolution,
		@JsonProperty("YResolution") @Nullable Double yResolution,
		@JsonProperty("ResolutionUnit") @Nullable Integer resolutionUnit,
		@JsonProperty("Software") @Nullable String software, @JsonProperty("ModifyDate") @Nullable String modifyDate,
		@JsonProperty("YCbCrPositioning") @Nullable Integer yCbCrPositioning,
		@JsonProperty("ExifOffset") @Nullable Long exifOffset, @JsonProperty("GPSInfo") @Nullable Long gpsInfo,
		@JsonAnySetter Map<String, Object> other) {

	public ExifImage {
		other = ExifSections.copy(other);
	}

}
