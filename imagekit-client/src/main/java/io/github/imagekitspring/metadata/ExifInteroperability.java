package io.github.imagekitspring.metadata;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The interoperability section of EXIF.
 *
 * @param interopIndex the interoperability rule, such as {@code R98}
 * @param interopVersion the interoperability version
 * @param other any other tag of the section
 */
public record ExifInteroperability(@JsonProperty("InteropIndex") @Nullable String interopIndex,
		@JsonProperty("InteropVersion") @Nullable String interopVersion, @JsonAnySetter Map<String, Object> other) {

	public ExifInteroperability {
		other = ExifSections.copy(other);
	}

}
