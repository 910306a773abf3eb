package io.github.imagekitspring.cache;

import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.errors.WaitTimeoutException;
import io.github.imagekitspring.http.Arguments;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;
import io.github.imagekitspring.http.ImageKitRequest;
import io.github.imagekitspring.http.Polling;

/**
 * {@link CacheOperations} over the client's exchange.
 */
public final class CacheClient implements CacheOperations {

	private final ImageKitExchange exchange;

	private final Responses responses = new Responses();

	public CacheClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public Mono<PurgeRequest> purge(String url) {
		return this.responses.purge(url).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<PurgeStatus> purgeStatus(String requestId) {
		return this.responses.purgeStatus(requestId).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<PurgeStatus> awaitPurge(String requestId, Duration timeout) {
		return awaitPurge(requestId, timeout, Schedulers.parallel());
	}

	@Override
	public Mono<PurgeStatus> awaitPurge(String requestId, Duration timeout, Scheduler scheduler) {
		Mono<PurgeStatus> poll = purgeStatus(requestId);
		Arguments.requirePositive(timeout, "timeout");
		Arguments.requireNonNull(scheduler, "scheduler");
		return Polling.until(poll, PurgeStatus::isCompleted, timeout, scheduler,
				() -> new WaitTimeoutException("purge request", requestId, timeout));
	}

	@Override
	public WithResponse withResponse() {
		return this.responses;
	}

	private final class Responses implements WithResponse {

		@Override
		public Mono<ImageKitResponse<PurgeRequest>> purge(String url) {
			return CacheClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.CACHE_PURGE)
				.jsonBody(Map.of("url", Arguments.requireHttpUrl(url, "url")))
				.build(), PurgeRequest.class);
		}

		@Override
		public Mono<ImageKitResponse<PurgeStatus>> purgeStatus(String requestId) {
			return CacheClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.CACHE_PURGE_STATUS)
				.pathVariable("requestId", Arguments.requireResourceId(requestId, "requestId"))
				.build(), PurgeStatus.class);
		}

	}

}
