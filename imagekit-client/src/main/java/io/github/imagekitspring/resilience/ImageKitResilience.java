package io.github.imagekitspring.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import io.github.imagekitspring.ImageKitDefaults;
import io.github.imagekitspring.errors.ImageKitCallTimeoutException;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.errors.LockedException;
import io.github.imagekitspring.errors.RateLimitException;
import io.github.imagekitspring.errors.ServerErrorException;
import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.internal.http.ExchangeDecorator;
import io.github.imagekitspring.internal.http.ImageKitCall;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.ImageKitRequest;

/**
 * Retry and client-side rate limiting around every ImageKit call. One instance serves any number of accounts: the
 * limiters are named {@code imagekit.<account>.<group>} and the retries {@code imagekit.<account>.<operation>}, all
 * tagged {@code client=imagekit}.
 *
 * <p>Per call, from the outside in: the call deadline, the retry, then for each attempt the rate limiter and the
 * HTTP exchange, so every attempt is a new request that takes its own permit. What is retried:
 * <ul>
 * <li>429, after {@code X-RateLimit-Reset} plus a random share of the window ({@code X-RateLimit-Interval}), so
 * that retries are spread over the next window instead of landing together at its start, unless the reset is
 * longer than the maximum rate-limit wait; the server refused the request, so sending it again duplicates nothing.
 * Each retry takes a permit like any call. Not for a multipart body that is not safe to repeat, since it may come
 * from a stream that cannot be read twice.</li>
 * <li>5xx, 423 (when enabled) and transport failures, with exponential backoff, only for requests that are safe to
 * repeat.</li>
 * <li>Never 409 or any other 4xx.</li>
 * </ul>
 * Uploads are not rate-limited by ImageKit and never take a permit.
 *
 * <p>The rate limit of an account and endpoint is every window ImageKit's 429 answers name (and those declared with
 * {@link Builder#endpointLimit}), each lined up with the server's window; a call needs room in all of them. With a
 * {@link RateLimitStore} the instances on one account share the permits, the windows and the pause after a 429.
 */
public final class ImageKitResilience implements ExchangeDecorator {

	/** The tag every limiter and retry of the client carries. */
	public static final Map<String, String> TAGS = Map.of("client", "imagekit");

	private final boolean retryEnabled;

	private final boolean retryOnLocked;

	private final @Nullable Duration callTimeout;

	private final RetryRegistry retryRegistry;

	private final RateLimiterRegistry rateLimiterRegistry;

	private final RetryConfig retryConfig;

	private final @Nullable RateLimits rateLimits;

	private final @Nullable Scheduler scheduler;

	private final String storeDescription;

	private ImageKitResilience(Builder builder) {
		this.retryEnabled = builder.retryEnabled;
		this.retryOnLocked = builder.retryOnLocked;
		this.callTimeout = builder.callTimeout;
		this.scheduler = builder.scheduler;
		this.retryRegistry = (builder.retryRegistry != null) ? builder.retryRegistry : RetryRegistry.ofDefaults();
		this.rateLimiterRegistry = (builder.rateLimiterRegistry != null) ? builder.rateLimiterRegistry
				: RateLimiterRegistry.ofDefaults();
		RetryInterval interval = new RetryInterval(builder.initialBackoff, builder.multiplier, builder.maxBackoff,
				builder.maxRateLimitWait);
		this.retryConfig = RetryConfig.custom()
			.maxAttempts(builder.maxAttempts)
			.intervalBiFunction(interval)
			.retryOnException(this::isRetryable)
			.build();
		this.rateLimits = builder.rateLimitEnabled ? rateLimits(builder) : null;
		this.storeDescription = (builder.rateLimitStore != null) ? builder.rateLimitStore.toString() : "local";
	}

	private RateLimits rateLimits(Builder builder) {
		List<EndpointLimit> defaults = builder.startUnlimited ? List.of()
				: List.of(new EndpointLimit(builder.limitForPeriod, builder.limitRefreshPeriod));
		Scheduler fixed = this.scheduler;
		LongSupplier nanoTime = (fixed != null) ? () -> fixed.now(TimeUnit.NANOSECONDS) : System::nanoTime;
		return new RateLimits(this.rateLimiterRegistry, TAGS, defaults, Map.copyOf(builder.endpoints), builder.timeout,
				nanoTime, this::scheduler, builder.rateLimitStore, builder.storeNamespace);
	}

	/** A builder with everything on and the defaults of the {@code imagekit.retry/rate-limit} properties. */
	public static Builder builder() {
		return new Builder();
	}

	/** No retry, no rate limiting, no call deadline: every call is exactly one request. */
	public static ImageKitResilience disabled() {
		return builder().retryEnabled(false).rateLimitEnabled(false).callTimeout(null).build();
	}

	/** The registry holding the retries, the application's when one was given. */
	public RetryRegistry retryRegistry() {
		return this.retryRegistry;
	}

	/** The registry holding the rate limiters, the application's when one was given. */
	public RateLimiterRegistry rateLimiterRegistry() {
		return this.rateLimiterRegistry;
	}

	/**
	 * The rate limiter of an account for an operation, or {@code null} if rate limiting is off or the operation is
	 * not rate-limited. Its configuration describes its shortest window; it may hold several.
	 * @param accountName the account name
	 * @param operation the operation
	 * @return the limiter, or {@code null}
	 */
	public @Nullable RateLimiter rateLimiter(String accountName, ImageKitOperation operation) {
		String group = operation.rateLimitGroup();
		return (this.rateLimits != null && group != null) ? this.rateLimits.limiter(accountName, group) : null;
	}

	@Override
	public <T> Mono<T> decorate(ImageKitCall call, Mono<T> next) {
		String group = call.operation().rateLimitGroup();
		Mono<T> decorated = (this.rateLimits != null && group != null) ? this.rateLimits.limit(call, group, next)
				: next;
		if (this.retryEnabled) {
			ImageKitRequest request = call.request();
			Retry retry = this.retryRegistry.retry("imagekit." + call.accountName() + "." + call.operation().id(),
					this.retryConfig, TAGS);
			decorated = decorated.onErrorMap((ex) -> !mayRepeat(request, ex), NotRepeatable::new)
				.transformDeferred(RetryOperator.of(retry))
				.onErrorMap(NotRepeatable.class, (ex) -> ex.getCause());
		}
		Duration timeout = this.callTimeout;
		if (timeout != null) {
			String operation = call.operation().id();
			decorated = decorated.timeout(timeout,
					Mono.error(() -> new ImageKitCallTimeoutException(operation, call.attempts(), timeout)), scheduler());
		}
		return decorated;
	}

	private Scheduler scheduler() {
		return (this.scheduler != null) ? this.scheduler : Schedulers.parallel();
	}

	/** The retry predicate: which failures are worth another attempt at all. */
	boolean isRetryable(Throwable ex) {
		if (ex instanceof NotRepeatable) {
			return false;
		}
		if (ex instanceof RateLimitException || ex instanceof ServerErrorException) {
			return true;
		}
		if (ex instanceof LockedException) {
			return this.retryOnLocked;
		}
		return ex instanceof ImageKitIoException && !(ex instanceof ImageKitCallTimeoutException);
	}

	/** Whether this request may be sent again after this failure. */
	static boolean mayRepeat(ImageKitRequest request, Throwable ex) {
		if (ex instanceof RateLimitException) {
			// Refused, so nothing was done; only a body that may not be readable twice stops a repeat.
			return request.safeToRepeat() || request.multipartBody() == null;
		}
		return request.safeToRepeat();
	}

	@Override
	public String toString() {
		return "ImageKitResilience[retry=" + (this.retryEnabled ? this.retryConfig.getMaxAttempts() + " attempts"
				: "off") + ", rateLimit=" + ((this.rateLimits != null) ? "on, " + this.storeDescription : "off") + ", callTimeout="
				+ this.callTimeout + "]";
	}

	/**
	 * One fixed window of a rate limit: {@code limitForPeriod} requests per {@code limitRefreshPeriod}.
	 * @param limitForPeriod requests per period
	 * @param limitRefreshPeriod the period
	 */
	public record EndpointLimit(int limitForPeriod, Duration limitRefreshPeriod) {

		public EndpointLimit {
			if (limitForPeriod < 1) {
				throw new IllegalArgumentException("limitForPeriod must be at least 1");
			}
			requirePositive(limitRefreshPeriod, "limitRefreshPeriod");
		}

	}

	/** Builds an {@link ImageKitResilience}. */
	public static final class Builder {

		private boolean retryEnabled = true;

		private int maxAttempts = ImageKitDefaults.MAX_ATTEMPTS;

		private Duration initialBackoff = ImageKitDefaults.INITIAL_BACKOFF;

		private double multiplier = ImageKitDefaults.BACKOFF_MULTIPLIER;

		private Duration maxBackoff = ImageKitDefaults.MAX_BACKOFF;

		private Duration maxRateLimitWait = ImageKitDefaults.MAX_RATE_LIMIT_WAIT;

		private boolean retryOnLocked = true;

		private @Nullable Duration callTimeout = ImageKitDefaults.CALL_TIMEOUT;

		private boolean rateLimitEnabled = true;

		private boolean startUnlimited = true;

		private int limitForPeriod = 10;

		private Duration limitRefreshPeriod = Duration.ofSeconds(1);

		private Duration timeout = Duration.ofSeconds(30);

		private final Map<String, List<EndpointLimit>> endpoints = new LinkedHashMap<>();

		private @Nullable RateLimitStore rateLimitStore;

		private Function<String, String> storeNamespace = Function.identity();

		private @Nullable RetryRegistry retryRegistry;

		private @Nullable RateLimiterRegistry rateLimiterRegistry;

		private @Nullable Scheduler scheduler;

		private Builder() {
		}

		/** Whether failed calls are retried at all. */
		public Builder retryEnabled(boolean retryEnabled) {
			this.retryEnabled = retryEnabled;
			return this;
		}

		/** Requests per call at most, the first included. */
		public Builder maxAttempts(int maxAttempts) {
			if (maxAttempts < 1) {
				throw new IllegalArgumentException("maxAttempts must be at least 1");
			}
			this.maxAttempts = maxAttempts;
			return this;
		}

		/** Wait before the first retry of a 5xx, 423 or transport failure; it grows by the multiplier. */
		public Builder initialBackoff(Duration initialBackoff) {
			this.initialBackoff = requirePositive(initialBackoff, "initialBackoff");
			return this;
		}

		public Builder multiplier(double multiplier) {
			if (!(multiplier >= 1.0)) {
				throw new IllegalArgumentException("multiplier must be at least 1");
			}
			this.multiplier = multiplier;
			return this;
		}

		/** The longest backoff between two attempts. */
		public Builder maxBackoff(Duration maxBackoff) {
			this.maxBackoff = requirePositive(maxBackoff, "maxBackoff");
			return this;
		}

		/** A 429 asking to wait longer than this fails at once instead of waiting. */
		public Builder maxRateLimitWait(Duration maxRateLimitWait) {
			this.maxRateLimitWait = Arguments.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
			return this;
		}

		/** Whether 423 (folder locked by a bulk job) is retried, for requests safe to repeat. */
		public Builder retryOnLocked(boolean retryOnLocked) {
			this.retryOnLocked = retryOnLocked;
			return this;
		}

		/** Deadline of a whole call, retries and waits included; {@code null} for none. */
		public Builder callTimeout(@Nullable Duration callTimeout) {
			this.callTimeout = (callTimeout != null) ? requirePositive(callTimeout, "callTimeout") : null;
			return this;
		}

		/** Whether calls go through a client-side rate limiter per account and endpoint. */
		public Builder rateLimitEnabled(boolean rateLimitEnabled) {
			this.rateLimitEnabled = rateLimitEnabled;
			return this;
		}

		/** Whether an endpoint without an explicit limit is unlimited until its first 429. */
		public Builder startUnlimited(boolean startUnlimited) {
			this.startUnlimited = startUnlimited;
			return this;
		}

		/** Requests per period before the first 429, when not starting unlimited. */
		public Builder limitForPeriod(int limitForPeriod) {
			if (limitForPeriod < 1) {
				throw new IllegalArgumentException("limitForPeriod must be at least 1");
			}
			this.limitForPeriod = limitForPeriod;
			return this;
		}

		public Builder limitRefreshPeriod(Duration limitRefreshPeriod) {
			this.limitRefreshPeriod = requirePositive(limitRefreshPeriod, "limitRefreshPeriod");
			return this;
		}

		/** The longest a caller waits for a permit before failing without sending. */
		public Builder timeout(Duration timeout) {
			this.timeout = Arguments.requireNonNull(timeout, "timeout");
			return this;
		}

		/**
		 * The windows of one operation known up front, such as 20 per second and 120 per 10 seconds; a 429 naming
		 * another window adds it, one naming a declared window changes its limit and lines it up with the server.
		 * @param operationId the operation id, which is also its rate-limit group
		 * @param windows one or more windows, each of its own length
		 * @return this builder
		 */
		public Builder endpointLimit(String operationId, EndpointLimit... windows) {
			Arguments.requireText(operationId, "operationId");
			List<EndpointLimit> list = new ArrayList<>();
			for (EndpointLimit window : Arguments.requireNonNull(windows, "windows")) {
				Arguments.requireNonNull(window, "window");
				if (list.stream().anyMatch((other) -> other.limitRefreshPeriod().equals(window.limitRefreshPeriod()))) {
					throw new IllegalArgumentException("two windows of " + window.limitRefreshPeriod() + " for "
							+ operationId);
				}
				list.add(window);
			}
			if (list.isEmpty()) {
				throw new IllegalArgumentException("no window for " + operationId);
			}
			this.endpoints.put(operationId, List.copyOf(list));
			return this;
		}

		/**
		 * Count the permits in a store that the application's instances share, such as Redis; each instance falls
		 * back to its own count when the store does not answer.
		 * @param store the store
		 * @param namespace the key of an account in the store, from its name: something that tells the ImageKit
		 * account apart and is not secret, such as its public key
		 * @return this builder
		 */
		public Builder rateLimitStore(RateLimitStore store, Function<String, String> namespace) {
			this.rateLimitStore = Arguments.requireNonNull(store, "store");
			this.storeNamespace = Arguments.requireNonNull(namespace, "namespace");
			return this;
		}

		/** The application's retry registry, so its actuator endpoints and metrics see ours. */
		public Builder retryRegistry(@Nullable RetryRegistry retryRegistry) {
			this.retryRegistry = retryRegistry;
			return this;
		}

		/** The application's rate limiter registry, so its actuator endpoints and metrics see ours. */
		public Builder rateLimiterRegistry(@Nullable RateLimiterRegistry rateLimiterRegistry) {
			this.rateLimiterRegistry = rateLimiterRegistry;
			return this;
		}

		/**
		 * The scheduler for waits and the clock of the rate limiters; tests pass a virtual-time scheduler. By
		 * default waits run on {@link Schedulers#parallel()} and the limiters read {@link System#nanoTime()}.
		 * @param scheduler the scheduler
		 * @return this builder
		 */
		public Builder scheduler(Scheduler scheduler) {
			this.scheduler = Arguments.requireNonNull(scheduler, "scheduler");
			return this;
		}

		public ImageKitResilience build() {
			return new ImageKitResilience(this);
		}

	}

	private static Duration requirePositive(@Nullable Duration value, String name) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive duration");
		}
		return value;
	}

}
