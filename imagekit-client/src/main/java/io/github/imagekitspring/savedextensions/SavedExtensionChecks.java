package io.github.imagekitspring.savedextensions;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.extensions.SavedExtensionReference;
import io.github.imagekitspring.internal.http.Arguments;

/**
 * The rules shared by creating and changing a saved extension.
 */
final class SavedExtensionChecks {

	private SavedExtensionChecks() {
	}

	/** A saved extension's config is a base extension: a reference to another saved extension is refused. */
	static Extension requireBaseExtension(@Nullable Extension config) {
		Extension extension = Arguments.requireNonNull(config, "config");
		if (extension instanceof SavedExtensionReference) {
			throw new IllegalArgumentException("config must be a base extension, not a saved-extension reference");
		}
		return Extension.requireValidRequest(extension);
	}

}
