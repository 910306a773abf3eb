package io.github.imagekitspring.metadata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Shared handling of the tags an EXIF section has beyond the typed ones.
 */
final class ExifSections {

	private ExifSections() {
	}

	static Map<String, Object> copy(@Nullable Map<String, Object> other) {
		return (other != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(other)) : Map.of();
	}

}
