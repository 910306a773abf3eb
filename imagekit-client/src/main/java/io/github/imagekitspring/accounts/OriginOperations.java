package io.github.imagekitspring.accounts;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;

/**
 * The origins of the account (beta at ImageKit): where ImageKit fetches files that are not in the media library.
 * Every method is lazy and checks its arguments when called, before anything is sent.
 */
public interface OriginOperations {

	/**
	 * List every origin: {@code GET /v1/accounts/origins}.
	 * @return the origins
	 */
	Mono<List<Origin>> list();

	/**
	 * Create an origin: {@code POST /v1/accounts/origins}.
	 * @param request the origin
	 * @return the created origin
	 */
	Mono<Origin> create(OriginRequest request);

	/**
	 * Get an origin: {@code GET /v1/accounts/origins/{id}}.
	 * @param id the origin id
	 * @return the origin
	 */
	Mono<Origin> get(String id);

	/**
	 * Replace an origin: {@code PUT /v1/accounts/origins/{id}}. Fields left out take their defaults.
	 * @param id the origin id
	 * @param request the origin
	 * @return the updated origin
	 */
	Mono<Origin> update(String id, OriginRequest request);

	/**
	 * Delete an origin: {@code DELETE /v1/accounts/origins/{id}}. Fails while a URL endpoint uses it.
	 * @param id the origin id
	 * @return completion
	 */
	Mono<Void> delete(String id);

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link OriginOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code GET /v1/accounts/origins}.
		 * @return the response
		 * @see OriginOperations#list()
		 */
		Mono<ImageKitResponse<List<Origin>>> list();

		/**
		 * {@code POST /v1/accounts/origins}.
		 * @param request the origin
		 * @return the response
		 * @see OriginOperations#create(OriginRequest)
		 */
		Mono<ImageKitResponse<Origin>> create(OriginRequest request);

		/**
		 * {@code GET /v1/accounts/origins/{id}}.
		 * @param id the origin id
		 * @return the response
		 * @see OriginOperations#get(String)
		 */
		Mono<ImageKitResponse<Origin>> get(String id);

		/**
		 * {@code PUT /v1/accounts/origins/{id}}.
		 * @param id the origin id
		 * @param request the origin
		 * @return the response
		 * @see OriginOperations#update(String, OriginRequest)
		 */
		Mono<ImageKitResponse<Origin>> update(String id, OriginRequest request);

		/**
		 * {@code DELETE /v1/accounts/origins/{id}}.
		 * @param id the origin id
		 * @return the response
		 * @see OriginOperations#delete(String)
		 */
		Mono<ImageKitResponse<Void>> delete(String id);

	}

}
