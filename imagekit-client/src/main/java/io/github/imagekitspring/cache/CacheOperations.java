package io.github.imagekitspring.cache;

import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.Polling;

/**
 * The CDN cache. A purge is asynchronous and counts against the account's monthly purge quota. Every method is
 * lazy; arguments are checked when the method is called.
 */
public interface CacheOperations {

	/**
	 * Purge a URL from the CDN and ImageKit's internal cache: {@code POST /v1/files/purge}. A URL ending in
	 * {@code *} purges every URL it prefixes.
	 * @param url the absolute {@code http} or {@code https} URL to purge
	 * @return the purge request
	 */
	default Mono<PurgeRequest> purge(String url) {
		return withResponse().purge(url).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Get the status of a purge: {@code GET /v1/files/purge/{requestId}}.
	 * @param requestId the purge request id
	 * @return the status
	 */
	default Mono<PurgeStatus> purgeStatus(String requestId) {
		return withResponse().purgeStatus(requestId).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Poll a purge ({@code GET /v1/files/purge/{requestId}}) until it is {@link PurgeState#COMPLETED}, waiting 1 s
	 * before the second poll and twice as long each time after, up to 16 s. Waits run on
	 * {@link reactor.core.scheduler.Schedulers#parallel()}.
	 * @param requestId the purge request id
	 * @param timeout how long to wait in all
	 * @return the completed status; fails with a {@link io.github.imagekitspring.errors.WaitTimeoutException} naming
	 * the request when the timeout passes first
	 */
	default Mono<PurgeStatus> awaitPurge(String requestId, Duration timeout) {
		return awaitPurge(requestId, timeout, Schedulers.parallel());
	}

	/**
	 * {@link #awaitPurge(String, Duration)} with the waits and the timeout on a given scheduler.
	 * @param requestId the purge request id
	 * @param timeout how long to wait in all
	 * @param scheduler the scheduler of the waits
	 * @return the completed status
	 */
	default Mono<PurgeStatus> awaitPurge(String requestId, Duration timeout, Scheduler scheduler) {
		return Polling.await(purgeStatus(requestId), PurgeStatus::isCompleted, ImageKitOperation.CACHE_PURGE_STATUS,
				"purge request", requestId, timeout, scheduler);
	}

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link CacheOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code POST /v1/files/purge}.
		 * @param url the URL to purge
		 * @return the response, 201
		 * @see CacheOperations#purge(String)
		 */
		Mono<ImageKitResponse<PurgeRequest>> purge(String url);

		/**
		 * {@code GET /v1/files/purge/{requestId}}.
		 * @param requestId the purge request id
		 * @return the response
		 * @see CacheOperations#purgeStatus(String)
		 */
		Mono<ImageKitResponse<PurgeStatus>> purgeStatus(String requestId);

	}

}
