package io.github.imagekitspring;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * The five calls of an ImageKit resource that is listed, created, read, updated and deleted by id (origins, URL
 * endpoints, saved extensions, named transformations). Each call is declared once, in {@link WithResponse}; the
 * plain form answers with the response's body. Every method is lazy and checks its arguments when called, before
 * anything is sent.
 *
 * @param <T> the resource
 * @param <C> the create request
 * @param <U> the update request
 */
public interface CrudOperations<T, C, U> {

	/**
	 * List every resource.
	 * @return the resources
	 */
	default Mono<List<T>> list() {
		return withResponse().list().map(ImageKitResponse::requiredBody);
	}

	/**
	 * Create a resource.
	 * @param request the resource
	 * @return the created resource
	 */
	default Mono<T> create(C request) {
		return withResponse().create(request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Get a resource.
	 * @param id the resource id
	 * @return the resource
	 */
	default Mono<T> get(String id) {
		return withResponse().get(id).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Change a resource.
	 * @param id the resource id
	 * @param request the change
	 * @return the updated resource
	 */
	default Mono<T> update(String id, U request) {
		return withResponse().update(id, request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Delete a resource.
	 * @param id the resource id
	 * @return completion
	 */
	default Mono<Void> delete(String id) {
		return withResponse().delete(id).then();
	}

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse<T, C, U> withResponse();

	/**
	 * {@link CrudOperations} answering with {@link ImageKitResponse}.
	 *
	 * @param <T> the resource
	 * @param <C> the create request
	 * @param <U> the update request
	 */
	interface WithResponse<T, C, U> {

		/**
		 * List every resource.
		 * @return the response
		 */
		Mono<ImageKitResponse<List<T>>> list();

		/**
		 * Create a resource.
		 * @param request the resource
		 * @return the response
		 */
		Mono<ImageKitResponse<T>> create(C request);

		/**
		 * Get a resource.
		 * @param id the resource id
		 * @return the response
		 */
		Mono<ImageKitResponse<T>> get(String id);

		/**
		 * Change a resource.
		 * @param id the resource id
		 * @param request the change
		 * @return the response
		 */
		Mono<ImageKitResponse<T>> update(String id, U request);

		/**
		 * Delete a resource.
		 * @param id the resource id
		 * @return the response
		 */
		Mono<ImageKitResponse<Void>> delete(String id);

	}

}
