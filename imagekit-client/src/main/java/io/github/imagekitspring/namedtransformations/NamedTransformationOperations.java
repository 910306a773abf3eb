package io.github.imagekitspring.namedtransformations;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;

/**
 * Named transformations: reusable transformation strings, used in URLs as {@code tr:n-<name>} (not in ImageKit's
 * published spec; shapes from ImageKit's generated SDKs). Every method is lazy and checks its arguments when
 * called, before anything is sent.
 */
public interface NamedTransformationOperations {

	/**
	 * List every named transformation: {@code GET /v1/named-transformations}.
	 * @return the named transformations
	 */
	Mono<List<NamedTransformation>> list();

	/**
	 * Create a named transformation (at most 250 per account): {@code POST /v1/named-transformations}.
	 * @param request the named transformation
	 * @return the created named transformation
	 */
	Mono<NamedTransformation> create(CreateNamedTransformationRequest request);

	/**
	 * Get a named transformation: {@code GET /v1/named-transformations/{id}}.
	 * @param id the named transformation id
	 * @return the named transformation
	 */
	Mono<NamedTransformation> get(String id);

	/**
	 * Change a named transformation: {@code PATCH /v1/named-transformations/{id}}. Only the fields set change.
	 * Renaming or disabling one still used by an upload transformation setting fails with a
	 * {@link io.github.imagekitspring.errors.ConflictException}.
	 * @param id the named transformation id
	 * @param request the change
	 * @return the updated named transformation
	 */
	Mono<NamedTransformation> update(String id, UpdateNamedTransformationRequest request);

	/**
	 * Delete a named transformation: {@code DELETE /v1/named-transformations/{id}}. Deleting one still used by an
	 * upload transformation setting fails with a {@link io.github.imagekitspring.errors.ConflictException}.
	 * @param id the named transformation id
	 * @return completion
	 */
	Mono<Void> delete(String id);

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link NamedTransformationOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code GET /v1/named-transformations}.
		 * @return the response
		 * @see NamedTransformationOperations#list()
		 */
		Mono<ImageKitResponse<List<NamedTransformation>>> list();

		/**
		 * {@code POST /v1/named-transformations}.
		 * @param request the named transformation
		 * @return the response
		 * @see NamedTransformationOperations#create(CreateNamedTransformationRequest)
		 */
		Mono<ImageKitResponse<NamedTransformation>> create(CreateNamedTransformationRequest request);

		/**
		 * {@code GET /v1/named-transformations/{id}}.
		 * @param id the named transformation id
		 * @return the response
		 * @see NamedTransformationOperations#get(String)
		 */
		Mono<ImageKitResponse<NamedTransformation>> get(String id);

		/**
		 * {@code PATCH /v1/named-transformations/{id}}.
		 * @param id the named transformation id
		 * @param request the change
		 * @return the response
		 * @see NamedTransformationOperations#update(String, UpdateNamedTransformationRequest)
		 */
		Mono<ImageKitResponse<NamedTransformation>> update(String id, UpdateNamedTransformationRequest request);

		/**
		 * {@code DELETE /v1/named-transformations/{id}}.
		 * @param id the named transformation id
		 * @return the response
		 * @see NamedTransformationOperations#delete(String)
		 */
		Mono<ImageKitResponse<Void>> delete(String id);

	}

}
