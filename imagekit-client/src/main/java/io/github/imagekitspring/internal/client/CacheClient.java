package io.github.imagekitspring.internal.client;

import java.util.Map;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.ImageKitRequest;
import io.github.imagekitspring.cache.CacheOperations;
import io.github.imagekitspring.cache.PurgeRequest;
import io.github.imagekitspring.cache.PurgeStatus;

/**
 * {@link CacheOperations.WithResponse} over the client's exchange: each call written once; the plain form is
 * {@link CacheOperations}'s default methods.
 */
public final class CacheClient implements CacheOperations.WithResponse {

	private final ImageKitExchange exchange;

	public CacheClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public Mono<ImageKitResponse<PurgeRequest>> purge(String url) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.CACHE_PURGE)
			.jsonBody(Map.of("url", Arguments.requireHttpUrl(url, "url")))
			.build(), PurgeRequest.class);
	}

	@Override
	public Mono<ImageKitResponse<PurgeStatus>> purgeStatus(String requestId) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.CACHE_PURGE_STATUS)
			.pathVariable("requestId", Arguments.requireResourceId(requestId, "requestId"))
			.build(), PurgeStatus.class);
	}

}
