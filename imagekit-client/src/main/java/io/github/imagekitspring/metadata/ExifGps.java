package io.github.imagekitspring.metadata;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The GPS section of EXIF. Latitude, longitude and time stamp are degree/minute/second (or hour/minute/second)
 * triples, as EXIF stores them.
 *
 * @param gpsVersionId the GPS tag version
 * @param gpsLatitudeRef {@code N} or {@code S}
 * @param gpsLatitude degrees, minutes, seconds
 * @param gpsLongitudeRef {@code E} or {@code W}
 * @param gpsLongitude degrees, minutes, seconds
 * @param gpsAltitudeRef 0 above sea level, 1 below
 * @param gpsAltitude the altitude in metres
 * @param gpsTimeStamp hours, minutes, seconds (UTC)
 * @param gpsImgDirectionRef {@code T} (true north) or {@code M} (magnetic)
 * @param gpsImgDirection the direction the camera pointed, in degrees
 * @param gpsDateStamp the UTC date, {@code yyyy:MM:dd}
 * @param other any other tag of the section
 */
public record ExifGps(@JsonProperty("GPSVersionID") @Nullable List<Integer> gpsVersionId,
		@JsonProperty("GPSLatitudeRef") @Nullable String gpsLatitudeRef,
		@JsonProperty("GPSLatitude") @Nullable List<Double> gpsLatitude,
		@JsonProperty("GPSLongitudeRef") @Nullable String gpsLongitudeRef,
		@JsonProperty("GPSLongitude") @Nullable List<Double> gpsLongitude,
		@JsonProperty("GPSAltitudeRef") @Nullable Integer gpsAltitudeRef,
		@JsonProperty("GPSAltitude") @Nullable Double gpsAltitude,
		@JsonProperty("GPSTimeStamp") @Nullable List<Double> gpsTimeStamp,
		@JsonProperty("GPSImgDirectionRef") @Nullable String gpsImgDirectionRef,
		@JsonProperty("GPSImgDirection") @Nullable Double gpsImgDirection,
		@JsonProperty("GPSDateStamp") @Nullable String gpsDateStamp, @JsonAnySetter Map<String, Object> other) {

	public ExifGps {
		other = ExifSections.copy(other);
	}

}
