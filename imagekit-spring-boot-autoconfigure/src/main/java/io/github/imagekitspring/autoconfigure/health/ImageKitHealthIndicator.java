package io.github.imagekitspring.autoconfigure.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.errors.UnreadableResponseException;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.observation.ImageKitErrorTypes;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * Checks that an ImageKit account answers an authenticated call: a list of at most one file. The result, up or
 * down, is reused for a while, so that frequent health probes cannot use up the account's rate limit.
 *
 * <p>Details are the account name, the request id and the latency; when down, the status and the error's kind and
 * class. Never the key, and never the exception message, which may quote what the server echoed back.
 */
public final class ImageKitHealthIndicator implements ReactiveHealthIndicator {

	private static final ListFilesRequest CHEAP_CALL = ListFilesRequest.builder().limit(1).build();

	private final ImageKitOperations imageKit;

	private final String accountName;

	private final Mono<Health> health;

	/**
	 * Create an indicator.
	 * @param imageKit the account's client
	 * @param accountName the account's name, shown in the details
	 * @param cacheTtl how long a result is reused; zero to check on every call
	 */
	public ImageKitHealthIndicator(ImageKitOperations imageKit, String accountName, Duration cacheTtl) {
		this.imageKit = imageKit;
		this.accountName = accountName;
		Mono<Health> check = Mono.defer(this::check);
		this.health = (cacheTtl.isZero() || cacheTtl.isNegative()) ? check : check.cache(cacheTtl);
	}

	@Override
	public Mono<Health> health() {
		return this.health;
	}

	private Mono<Health> check() {
		long start = System.nanoTime();
		return this.imageKit.files()
			.withResponse()
			.list(CHEAP_CALL)
			.map((response) -> withRequestId(Health.up().withDetail("account", this.accountName), response.requestId())
				.withDetail("latency", since(start))
				.build())
			.onErrorResume((ex) -> Mono.just(down(ex, since(start))));
	}

	private Health down(Throwable ex, String latency) {
		Health.Builder builder = Health.down().withDetail("account", this.accountName);
		if (ex instanceof ImageKitServiceException serviceException) {
			builder.withDetail("status", serviceException.statusCode());
			withRequestId(builder, serviceException.requestId());
		}
		else if (ex instanceof UnreadableResponseException unreadable) {
			builder.withDetail("status", unreadable.statusCode());
			withRequestId(builder, unreadable.requestId());
		}
		return builder.withDetail("error.type", ImageKitErrorTypes.of(ex))
			.withDetail("exception", ex.getClass().getSimpleName())
			.withDetail("latency", latency)
			.build();
	}

	private static Health.Builder withRequestId(Health.Builder builder, @Nullable String requestId) {
		if (requestId != null) {
			builder.withDetail("requestId", requestId);
		}
		return builder;
	}

	private static String since(long startNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos) + "ms";
	}

	@Override
	public String toString() {
		return "ImageKitHealthIndicator[account=" + this.accountName + ", imageKit=" + this.imageKit + "]";
	}

}
