package io.github.imagekitspring.metadata;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.Arguments;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;
import io.github.imagekitspring.http.ImageKitRequest;

/**
 * {@link MetadataOperations} over the client's exchange.
 */
public final class MetadataClient implements MetadataOperations {

	private final ImageKitExchange exchange;

	private final Responses responses = new Responses();

	public MetadataClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public Mono<Metadata> get(String fileId) {
		return this.responses.get(fileId).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<Metadata> fromUrl(String url) {
		return this.responses.fromUrl(url).map(ImageKitResponse::requiredBody);
	}

	@Override
	public WithResponse withResponse() {
		return this.responses;
	}

	private final class Responses implements WithResponse {

		@Override
		public Mono<ImageKitResponse<Metadata>> get(String fileId) {
			return MetadataClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.METADATA_GET)
				.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
				.build(), Metadata.class);
		}

		@Override
		public Mono<ImageKitResponse<Metadata>> fromUrl(String url) {
			return MetadataClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.METADATA_GET_FROM_URL)
				.queryParam("url", Arguments.requireHttpUrl(url, "url"))
				.build(), Metadata.class);
		}

	}

}
