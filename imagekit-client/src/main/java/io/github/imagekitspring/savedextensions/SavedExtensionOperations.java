package io.github.imagekitspring.savedextensions;

import io.github.imagekitspring.CrudOperations;

/**
 * Saved extensions: extension configurations stored under an id and applied to uploads and file updates with
 * {@link io.github.imagekitspring.extensions.Extension#savedExtension(String)}. {@code GET} and
 * {@code POST /v1/saved-extensions} (at most 100 per account); {@code GET}, {@code PATCH} (only the fields set
 * change) and {@code DELETE /v1/saved-extensions/{id}}.
 */
public interface SavedExtensionOperations
		extends CrudOperations<SavedExtension, CreateSavedExtensionRequest, UpdateSavedExtensionRequest> {

}
