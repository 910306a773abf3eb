package io.github.imagekitspring.namedtransformations;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.CrudResource;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;

/**
 * {@link NamedTransformationOperations} over the client's exchange.
 */
public final class NamedTransformationClient implements NamedTransformationOperations {

	private final Responses responses;

	public NamedTransformationClient(ImageKitExchange exchange) {
		this.responses = new Responses(exchange);
	}

	@Override
	public Mono<List<NamedTransformation>> list() {
		return this.responses.list().map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<NamedTransformation> create(CreateNamedTransformationRequest request) {
		return this.responses.create(request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<NamedTransformation> get(String id) {
		return this.responses.get(id).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<NamedTransformation> update(String id, UpdateNamedTransformationRequest request) {
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

		private final CrudResource<NamedTransformation> resource;

		Responses(ImageKitExchange exchange) {
			this.resource = new CrudResource<>(exchange, NamedTransformation.class, ImageKitOperation.NAMED_TRANSFORMATIONS_LIST,
					ImageKitOperation.NAMED_TRANSFORMATIONS_CREATE, ImageKitOperation.NAMED_TRANSFORMATIONS_GET,
					ImageKitOperation.NAMED_TRANSFORMATIONS_UPDATE, ImageKitOperation.NAMED_TRANSFORMATIONS_DELETE);
		}

		@Override
		public Mono<ImageKitResponse<List<NamedTransformation>>> list() {
			return this.resource.list();
		}

		@Override
		public Mono<ImageKitResponse<NamedTransformation>> create(CreateNamedTransformationRequest request) {
			return this.resource.create(request);
		}

		@Override
		public Mono<ImageKitResponse<NamedTransformation>> get(String id) {
			return this.resource.get(id);
		}

		@Override
		public Mono<ImageKitResponse<NamedTransformation>> update(String id, UpdateNamedTransformationRequest request) {
			return this.resource.update(id, request);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String id) {
			return this.resource.delete(id);
		}

	}

}
