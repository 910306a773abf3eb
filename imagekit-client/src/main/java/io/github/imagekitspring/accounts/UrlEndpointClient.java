package io.github.imagekitspring.accounts;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.CrudResource;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;

/**
 * {@link UrlEndpointOperations} over the client's exchange.
 */
final class UrlEndpointClient implements UrlEndpointOperations {

	private final Responses responses;

	UrlEndpointClient(ImageKitExchange exchange) {
		this.responses = new Responses(exchange);
	}

	@Override
	public Mono<List<UrlEndpoint>> list() {
		return this.responses.list().map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<UrlEndpoint> create(UrlEndpointRequest request) {
		return this.responses.create(request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<UrlEndpoint> get(String id) {
		return this.responses.get(id).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<UrlEndpoint> update(String id, UrlEndpointRequest request) {
		return this.responses.update(id, request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<Void> delete(String id) {
		return this.responses.delete(id).then();
	}

	@Override
	public WithResponse withResponse() {
		return this.responses;
	}

	private static final class Responses implements WithResponse {

		private final CrudResource<UrlEndpoint> resource;

		Responses(ImageKitExchange exchange) {
			this.resource = new CrudResource<>(exchange, UrlEndpoint.class, ImageKitOperation.URL_ENDPOINTS_LIST,
					ImageKitOperation.URL_ENDPOINTS_CREATE, ImageKitOperation.URL_ENDPOINTS_GET,
					ImageKitOperation.URL_ENDPOINTS_UPDATE, ImageKitOperation.URL_ENDPOINTS_DELETE);
		}

		@Override
		public Mono<ImageKitResponse<List<UrlEndpoint>>> list() {
			return this.resource.list();
		}

		@Override
		public Mono<ImageKitResponse<UrlEndpoint>> create(UrlEndpointRequest request) {
			return this.resource.create(request);
		}

		@Override
		public Mono<ImageKitResponse<UrlEndpoint>> get(String id) {
			return this.resource.get(id);
		}

		@Override
		public Mono<ImageKitResponse<UrlEndpoint>> update(String id, UrlEndpointRequest request) {
			return this.resource.update(id, request);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String id) {
			return this.resource.delete(id);
		}

	}

}
