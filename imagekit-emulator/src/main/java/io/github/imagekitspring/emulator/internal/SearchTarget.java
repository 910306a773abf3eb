package io.github.imagekitspring.emulator.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the query evaluates against: a file, a file version or a folder. Folders have no file attributes. */
interface SearchTarget {

	String type();

	String name();

	Instant createdAt();

	Instant updatedAt();

	default Long size() {
		return null;
	}

	default Integer width() {
		return null;
	}

	default Integer height() {
		return null;
	}

	default String format() {
		return null;
	}

	default Boolean isPrivate() {
		return null;
	}

	default Boolean isPublished() {
		return null;
	}

	/** Tags and AI tag names. */
	default List<String> allTags() {
		return List.of();
	}

	default Map<String, Object> customMetadata() {
		return Map.of();
	}

}
