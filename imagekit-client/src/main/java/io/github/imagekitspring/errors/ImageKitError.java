package io.github.imagekitspring.errors;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The fields of an ImageKit error body. Any of them may be missing: a proxy in front of ImageKit can answer with
 * plain text, which then becomes the {@code message}.
 *
 * @param message ImageKit's {@code message}
 * @param help ImageKit's {@code help} sentence
 * @param reason the machine-readable {@code reason} code of folder, copy, move and rename errors
 * @param missingFileIds the {@code missingFileIds} of bulk operations, empty if absent
 * @param errors the {@code errors} object of custom-metadata validation, empty if absent
 */
public record ImageKitError(@Nullable String message, @Nullable String help, @Nullable String reason,
		List<String> missingFileIds, Map<String, Object> errors) {

	public ImageKitError {
		missingFileIds = List.copyOf(missingFileIds);
		errors = Map.copyOf(errors);
	}

	/** An error without a body. */
	public static ImageKitError empty() {
		return new ImageKitError(null, null, null, List.of(), Map.of());
	}

}
