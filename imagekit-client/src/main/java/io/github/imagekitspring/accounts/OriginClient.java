package io.github.imagekitspring.accounts;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.CrudResource;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;

/**
 * {@link OriginOperations} over the client's exchange.
 */
final class OriginClient implements OriginOperations {

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

		private final CrudResource<Origin> resource;

		Responses(ImageKitExchange exchange) {
			this.resource = new CrudResource<>(exchange, Origin.class, ImageKitOperation.ORIGINS_LIST,
					ImageKitOperation.ORIGINS_CREATE, ImageKitOperation.ORIGINS_GET,
					ImageKitOperation.ORIGINS_UPDATE, ImageKitOperation.ORIGINS_DELETE);
		}

		@Override
		public Mono<ImageKitResponse<List<Origin>>> list() {
			return this.resource.list();
		}

		@Override
		public Mono<ImageKitResponse<Origin>> create(OriginRequest request) {
			return this.resource.create(request);
		}

		@Override
		public Mono<ImageKitResponse<Origin>> get(String id) {
			return this.resource.get(id);
		}

		@Override
		public Mono<ImageKitResponse<Origin>> update(String id, OriginRequest request) {
			return this.resource.update(id, request);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String id) {
			return this.resource.delete(id);
		}

	}

}
