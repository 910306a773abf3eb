package io.github.imagekitspring.accounts;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;

/**
 * The URL endpoints of the account (beta at ImageKit): delivery paths, each with the origins it fetches from. Every
 * method is lazy and checks its arguments when called, before anything is sent.
 */
public interface UrlEndpointOperations {

	/**
	 * List every URL endpoint, the default one included: {@code GET /v1/accounts/url-endpoints}.
	 * @return the URL endpoints
	 */
	Mono<List<UrlEndpoint>> list();

	/**
	 * Create a URL endpoint: {@code POST /v1/accounts/url-endpoints}.
	 * @param request the URL endpoint
	 * @return the created URL endpoint
	 */
	Mono<UrlEndpoint> create(UrlEndpointRequest request);

	/**
	 * Get a URL endpoint: {@code GET /v1/accounts/url-endpoints/{id}}.
	 * @param id the URL endpoint id; {@code default} for the default endpoint
	 * @return the URL endpoint
	 */
	Mono<UrlEndpoint> get(String id);

	/**
	 * Replace a URL endpoint: {@code PUT /v1/accounts/url-endpoints/{id}}. Fields left out take their defaults.
	 * @param id the URL endpoint id; {@code default} for the default endpoint
	 * @param request the URL endpoint
	 * @return the updated URL endpoint
	 */
	Mono<UrlEndpoint> update(String id, UrlEndpointRequest request);

	/**
	 * Delete a URL endpoint: {@code DELETE /v1/accounts/url-endpoints/{id}}. The default endpoint cannot be deleted.
	 * @param id the URL endpoint id; {@code default} for the default endpoint
	 * @return completion
	 */
	Mono<Void> delete(String id);

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link UrlEndpointOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code GET /v1/accounts/url-endpoints}.
		 * @return the response
		 * @see UrlEndpointOperations#list()
		 */
		Mono<ImageKitResponse<List<UrlEndpoint>>> list();

		/**
		 * {@code POST /v1/accounts/url-endpoints}.
		 * @param request the URL endpoint
		 * @return the response
		 * @see UrlEndpointOperations#create(UrlEndpointRequest)
		 */
		Mono<ImageKitResponse<UrlEndpoint>> create(UrlEndpointRequest request);

		/**
		 * {@code GET /v1/accounts/url-endpoints/{id}}.
		 * @param id the URL endpoint id; {@code default} for the default endpoint
		 * @return the response
		 * @see UrlEndpointOperations#get(String)
		 */
		Mono<ImageKitResponse<UrlEndpoint>> get(String id);

		/**
		 * {@code PUT /v1/accounts/url-endpoints/{id}}.
		 * @param id the URL endpoint id; {@code default} for the default endpoint
		 * @param request the URL endpoint
		 * @return the response
		 * @see UrlEndpointOperations#update(String, UrlEndpointRequest)
		 */
		Mono<ImageKitResponse<UrlEndpoint>> update(String id, UrlEndpointRequest request);

		/**
		 * {@code DELETE /v1/accounts/url-endpoints/{id}}.
		 * @param id the URL endpoint id; {@code default} for the default endpoint
		 * @return the response
		 * @see UrlEndpointOperations#delete(String)
		 */
		Mono<ImageKitResponse<Void>> delete(String id);

	}

}
