package io.github.imagekitspring.namedtransformations;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.Arguments;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;
import io.github.imagekitspring.http.ImageKitRequest;

/**
 * {@link NamedTransformationOperations} over the client's exchange.
 */
public final class NamedTransformationClient implements NamedTransformationOperations {

	private static final TypeReference<List<NamedTransformation>> NAMED_TRANSFORMATIONS = new TypeReference<>() {
	};

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

		private final ImageKitExchange exchange;

		Responses(ImageKitExchange exchange) {
			this.exchange = exchange;
		}

		@Override
		public Mono<ImageKitResponse<List<NamedTransformation>>> list() {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.NAMED_TRANSFORMATIONS_LIST).build(),
					NAMED_TRANSFORMATIONS);
		}

		@Override
		public Mono<ImageKitResponse<NamedTransformation>> create(CreateNamedTransformationRequest request) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.NAMED_TRANSFORMATIONS_CREATE)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), NamedTransformation.class);
		}

		@Override
		public Mono<ImageKitResponse<NamedTransformation>> get(String id) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.NAMED_TRANSFORMATIONS_GET)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.build(), NamedTransformation.class);
		}

		@Override
		public Mono<ImageKitResponse<NamedTransformation>> update(String id, UpdateNamedTransformationRequest request) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.NAMED_TRANSFORMATIONS_UPDATE)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), NamedTransformation.class);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String id) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.NAMED_TRANSFORMATIONS_DELETE)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.build());
		}

	}

}
