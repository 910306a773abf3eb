package io.github.imagekitspring.savedextensions;

import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.internal.http.Arguments;

/**
 * A saved extension to create, {@code POST /v1/saved-extensions}. ImageKit keeps at most 100 per account.
 *
 * @param name the name, not blank
 * @param description what it does, not blank
 * @param config the extension to save; a base extension, not a saved-extension reference
 */
public record CreateSavedExtensionRequest(String name, String description, Extension config) {

	public CreateSavedExtensionRequest {
		Arguments.requireText(name, "name");
		Arguments.requireText(description, "description");
		SavedExtensionChecks.requireBaseExtension(config);
	}

}
