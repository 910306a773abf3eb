package io.github.imagekitspring.savedextensions;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;

/**
 * Saved extensions: extension configurations stored under an id and applied to uploads and file updates with
 * {@link io.github.imagekitspring.extensions.Extension#savedExtension(String)}. Every method is lazy and checks
 * its arguments when called, before anything is sent.
 */
public interface SavedExtensionOperations {

	/**
	 * List every saved extension: {@code GET /v1/saved-extensions}.
	 * @return the saved extensions
	 */
	Mono<List<SavedExtension>> list();

	/**
	 * Create a saved extension (at most 100 per account): {@code POST /v1/saved-extensions}.
	 * @param request the saved extension
	 * @return the created saved extension
	 */
	Mono<SavedExtension> create(CreateSavedExtensionRequest request);

	/**
	 * Get a saved extension: {@code GET /v1/saved-extensions/{id}}.
	 * @param id the saved extension id
	 * @return the saved extension
	 */
	Mono<SavedExtension> get(String id);

	/**
	 * Change a saved extension: {@code PATCH /v1/saved-extensions/{id}}. Only the fields set change.
	 * @param id the saved extension id
	 * @param request the change
	 * @return the updated saved extension
	 */
	Mono<SavedExtension> update(String id, UpdateSavedExtensionRequest request);

	/**
	 * Delete a saved extension: {@code DELETE /v1/saved-extensions/{id}}.
	 * @param id the saved extension id
	 * @return completion
	 */
	Mono<Void> delete(String id);

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link SavedExtensionOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code GET /v1/saved-extensions}.
		 * @return the response
		 * @see SavedExtensionOperations#list()
		 */
		Mono<ImageKitResponse<List<SavedExtension>>> list();

		/**
		 * {@code POST /v1/saved-extensions}.
		 * @param request the saved extension
		 * @return the response
		 * @see SavedExtensionOperations#create(CreateSavedExtensionRequest)
		 */
		Mono<ImageKitResponse<SavedExtension>> create(CreateSavedExtensionRequest request);

		/**
		 * {@code GET /v1/saved-extensions/{id}}.
		 * @param id the saved extension id
		 * @return the response
		 * @see SavedExtensionOperations#get(String)
		 */
		Mono<ImageKitResponse<SavedExtension>> get(String id);

		/**
		 * {@code PATCH /v1/saved-extensions/{id}}.
		 * @param id the saved extension id
		 * @param request the change
		 * @return the response
		 * @see SavedExtensionOperations#update(String, UpdateSavedExtensionRequest)
		 */
		Mono<ImageKitResponse<SavedExtension>> update(String id, UpdateSavedExtensionRequest request);

		/**
		 * {@code DELETE /v1/saved-extensions/{id}}.
		 * @param id the saved extension id
		 * @return the response
		 * @see SavedExtensionOperations#delete(String)
		 */
		Mono<ImageKitResponse<Void>> delete(String id);

	}

}
