package io.github.imagekitspring.internal.client;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.ImageKitRequest;
import io.github.imagekitspring.metadata.Metadata;
import io.github.imagekitspring.metadata.MetadataOperations;

/**
 * {@link MetadataOperations.WithResponse} over the client's exchange: each call written once; the plain form is
 * {@link MetadataOperations}'s default methods.
 */
public final class MetadataClient implements MetadataOperations.WithResponse {

	private final ImageKitExchange exchange;

	public MetadataClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public Mono<ImageKitResponse<Metadata>> get(String fileId) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.METADATA_GET)
			.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
			.build(), Metadata.class);
	}

	@Override
	public Mono<ImageKitResponse<Metadata>> fromUrl(String url) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.METADATA_GET_FROM_URL)
			.queryParam("url", Arguments.requireHttpUrl(url, "url"))
			.build(), Metadata.class);
	}

}
