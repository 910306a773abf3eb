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
 * {@link OriginOperations} over the client's exchange.
 */
final class OriginClient implements OriginOperations {

	private static final TypeReference<List<Origin>> ORIGINS = new TypeReference<>() {
	};

	private final Responses responses;

	OriginClient(ImageKitExchange exchange) {
		this.responses = new Responses(exchange);
	}

	@Override
	public Mono<List<Origin>> list() {
		return this.responses.list().map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<Origin> create(OriginRequest request) {
		return this.responses.create(request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<Origin> get(String id) {
		return this.responses.get(id).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<Origin> update(String id, OriginRequest request) {
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
		public Mono<ImageKitResponse<List<Origin>>> list() {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.ORIGINS_LIST).build(), ORIGINS);
		}

		@Override
		public Mono<ImageKitResponse<Origin>> create(OriginRequest request) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.ORIGINS_CREATE)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), Origin.class);
		}

		@Override
		public Mono<ImageKitResponse<Origin>> get(String id) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.ORIGINS_GET)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.build(), Origin.class);
		}

		@Override
		public Mono<ImageKitResponse<Origin>> update(String id, OriginRequest request) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.ORIGINS_UPDATE)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), Origin.class);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String id) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.ORIGINS_DELETE)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.build());
		}

	}

}
