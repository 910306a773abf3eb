package io.github.imagekitspring.savedextensions;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.CrudResource;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;

/**
 * {@link SavedExtensionOperations} over the client's exchange.
 */
public final class SavedExtensionClient implements SavedExtensionOperations {

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

		private final CrudResource<SavedExtension> resource;

		Responses(ImageKitExchange exchange) {
			this.resource = new CrudResource<>(exchange, SavedExtension.class, ImageKitOperation.SAVED_EXTENSIONS_LIST,
					ImageKitOperation.SAVED_EXTENSIONS_CREATE, ImageKitOperation.SAVED_EXTENSIONS_GET,
					ImageKitOperation.SAVED_EXTENSIONS_UPDATE, ImageKitOperation.SAVED_EXTENSIONS_DELETE);
		}

		@Override
		public Mono<ImageKitResponse<List<SavedExtension>>> list() {
			return this.resource.list();
		}

		@Override
		public Mono<ImageKitResponse<SavedExtension>> create(CreateSavedExtensionRequest request) {
			return this.resource.create(request);
		}

		@Override
		public Mono<ImageKitResponse<SavedExtension>> get(String id) {
			return this.resource.get(id);
		}

		@Override
		public Mono<ImageKitResponse<SavedExtension>> update(String id, UpdateSavedExtensionRequest request) {
			return this.resource.update(id, request);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String id) {
			return this.resource.delete(id);
		}

	}

}
