package io.github.imagekitspring.accounts;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.Arguments;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;
import io.github.imagekitspring.http.ImageKitRequest;

/**
 * {@link UrlEndpointOperations} over the client's exchange.
 */
final class UrlEndpointClient implements UrlEndpointOperations {

	private static final TypeReference<List<UrlEndpoint>> URL_ENDPOINTS = new TypeReference<>() {
	};

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

		private final ImageKitExchange exchange;

		Responses(ImageKitExchange exchange) {
			this.exchange = exchange;
		}

		@Override
		public Mono<ImageKitResponse<List<UrlEndpoint>>> list() {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.URL_ENDPOINTS_LIST).build(),
					URL_ENDPOINTS);
		}

		@Override
		public Mono<ImageKitResponse<UrlEndpoint>> create(UrlEndpointRequest request) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.URL_ENDPOINTS_CREATE)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), UrlEndpoint.class);
		}

		@Override
		public Mono<ImageKitResponse<UrlEndpoint>> get(String id) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.URL_ENDPOINTS_GET)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.build(), UrlEndpoint.class);
		}

		@Override
		public Mono<ImageKitResponse<UrlEndpoint>> update(String id, UrlEndpointRequest request) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.URL_ENDPOINTS_UPDATE)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), UrlEndpoint.class);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String id) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.URL_ENDPOINTS_DELETE)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.build());
		}

	}

}
