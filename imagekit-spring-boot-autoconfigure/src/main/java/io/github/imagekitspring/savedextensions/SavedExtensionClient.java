package io.github.imagekitspring.savedextensions;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.Arguments;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;
import io.github.imagekitspring.http.ImageKitRequest;

/**
 * {@link SavedExtensionOperations} over the client's exchange.
 */
public final class SavedExtensionClient implements SavedExtensionOperations {

	private static final TypeReference<List<SavedExtension>> SAVED_EXTENSIONS = new TypeReference<>() {
	};

	private final Responses responses;

	public SavedExtensionClient(ImageKitExchange exchange) {
		this.responses = new Responses(exchange);
	}

	@Override
	public Mono<List<SavedExtension>> list() {
		return this.responses.list().map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<SavedExtension> create(CreateSavedExtensionRequest request) {
		return this.responses.create(request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<SavedExtension> get(String id) {
		return this.responses.get(id).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<SavedExtension> update(String id, UpdateSavedExtensionRequest request) {
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
		public Mono<ImageKitResponse<List<SavedExtension>>> list() {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.SAVED_EXTENSIONS_LIST).build(),
					SAVED_EXTENSIONS);
		}

		@Override
		public Mono<ImageKitResponse<SavedExtension>> create(CreateSavedExtensionRequest request) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.SAVED_EXTENSIONS_CREATE)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), SavedExtension.class);
		}

		@Override
		public Mono<ImageKitResponse<SavedExtension>> get(String id) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.SAVED_EXTENSIONS_GET)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.build(), SavedExtension.class);
		}

		@Override
		public Mono<ImageKitResponse<SavedExtension>> update(String id, UpdateSavedExtensionRequest request) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.SAVED_EXTENSIONS_UPDATE)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), SavedExtension.class);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String id) {
			return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.SAVED_EXTENSIONS_DELETE)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.build());
		}

	}

}
