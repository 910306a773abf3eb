package io.github.imagekitspring.resilience;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import io.github.imagekitspring.errors.ImageKitRateLimitedLocallyException;
import io.github.imagekitspring.errors.RateLimitException;
import io.github.imagekitspring.internal.http.ImageKitCall;
import io.github.imagekitspring.resilience.ImageKitResilience.EndpointLimit;

/**
 * One {@link WindowedRateLimiter} per account and rate-limit group, in the Resilience4j registry, taught by the
 * 429 answers; with a shared {@link RateLimitStore}, the store counts the permits and this instance's limiter only
 * when the store gives no answer.
 *
 * <p>A caller without a permit waits on a timer until the full window starts again and then tries again: it holds
 * nothing while it waits, so cancelling it (or the call's deadline) leaves every permit in place. Waiters wake
 * spread over the first twentieth of the window, not all at its first instant.
 */
final class RateLimits {

	private static final double WAKE_SPREAD = 0.05;

	private final RateLimiterRegistry registry;

	private final Map<String, String> tags;

	private final List<EndpointLimit> defaults;

	private final Map<String, List<EndpointLimit>> endpoints;

	private final Duration timeout;

	private final LongSupplier nanoTime;

	private final Supplier<Scheduler> scheduler;

	private final @Nullable RateLimitStore store;

	private final Function<String, String> namespace;

	private final ConcurrentMap<String, Group> groups = new ConcurrentHashMap<>();

	RateLimits(RateLimiterRegistry registry, Map<String, String> tags, List<EndpointLimit> defaults,
			Map<String, List<EndpointLimit>> endpoints, Duration timeout, LongSupplier nanoTime,
			Supplier<Scheduler> scheduler, @Nullable RateLimitStore store, Function<String, String> namespace) {
		this.registry = registry;
		this.tags = tags;
		this.defaults = defaults;
		this.endpoints = endpoints;
		this.timeout = timeout;
		this.nanoTime = nanoTime;
		this.scheduler = scheduler;
		this.store = store;
		this.namespace = namespace;
	}

	static String limiterName(String accountName, String group) {
		return "imagekit." + accountName + "." + group;
	}

	RateLimiter limiter(String accountName, String group) {
		return group(accountName, group).limiter;
	}

	<T> Mono<T> limit(ImageKitCall call, String groupName, Mono<T> attempt) {
		Group group = group(call.accountName(), groupName);
		Mono<T> learning = attempt.onErrorResume(RateLimitException.class,
				(ex) -> group.learn(ex).then(Mono.error(ex)));
		if (this.store == null) {
			return Mono.defer(() -> {
				long wait = group.limiter.tryAcquire();
				return (wait == 0) ? learning
						: group.wait(call, wait, this.nanoTime.getAsLong() + this.timeout.toNanos())
							.then(learning);
			});
		}
		return Mono.defer(() -> group.acquire(call, this.nanoTime.getAsLong() + this.timeout.toNanos()))
			.then(learning);
	}

	private Group group(String accountName, String groupName) {
		String name = limiterName(accountName, groupName);
		Group group = this.groups.get(name);
		return (group != null) ? group : this.groups.computeIfAbsent(name,
				(key) -> new Group(key, accountName, groupName));
	}

	private final class Group {

		private final String name;

		private final WindowedRateLimiter limiter;

		private final @Nullable String storeKey;

		Group(String name, String accountName, String groupName) {
			this.name = name;
			this.limiter = new WindowedRateLimiter(name, RateLimits.this.tags,
					RateLimits.this.endpoints.getOrDefault(groupName, RateLimits.this.defaults),
					RateLimits.this.timeout, RateLimits.this.nanoTime);
			this.storeKey = (RateLimits.this.store != null)
					? RateLimits.this.namespace.apply(accountName) + ":" + groupName : null;
			register();
		}

		/** Through the registry, so its add event reaches the metrics, then ours in place of its default limiter. */
		private void register() {
			RateLimiterRegistry registry = RateLimits.this.registry;
			if (registry.replace(this.name, this.limiter).isEmpty()) {
				RateLimiterConfig config = this.limiter.getRateLimiterConfig();
				registry.rateLimiter(this.name, config, RateLimits.this.tags);
				registry.replace(this.name, this.limiter);
			}
		}

		/**
		 * With a store: the store's answer, or, when the store has none, this instance's count in its share of the
		 * windows, those other instances learned included.
		 */
		Mono<Void> acquire(ImageKitCall call, long deadline) {
			RateLimitStore store = RateLimits.this.store;
			List<EndpointLimit> learned = store.windows(this.storeKey);
			if (!learned.isEmpty()) {
				this.limiter.adopt(learned);
			}
			return store.tryAcquire(this.storeKey, this.limiter.windows())
				.doOnNext((wait) -> {
					if (wait == 0) {
						this.limiter.taken();
					}
				})
				.switchIfEmpty(Mono.fromSupplier(() -> this.limiter.tryAcquire(store.instances(this.storeKey))))
				.flatMap((wait) -> (wait == 0) ? Mono.<Void>empty()
						: wait(call, wait, deadline).then(Mono.defer(() -> acquire(call, deadline))));
		}

		/** Waits for a window to start again, then tries again; fails at once if that is past the deadline. */
		Mono<Void> wait(ImageKitCall call, long nanos, long deadline) {
			long now = RateLimits.this.nanoTime.getAsLong();
			if (now + nanos > deadline) {
				this.limiter.rejected();
				return Mono.error(new ImageKitRateLimitedLocallyException(call.operation().id(), call.attempts(), "no permit from rate limiter "
						+ this.name + " within " + this.limiter.timeout() + "; the next in "
						+ Duration.ofNanos(nanos), null));
			}
			long spread = (long) (spreadBase() * WAKE_SPREAD * ThreadLocalRandom.current().nextDouble());
			long delay = Math.min(nanos + spread, deadline - now);
			Mono<Void> retry = (RateLimits.this.store != null) ? Mono.empty()
					: Mono.defer(() -> {
						long wait = this.limiter.tryAcquire();
						return (wait == 0) ? Mono.<Void>empty() : wait(call, wait, deadline);
					});
			return Mono.delay(Duration.ofNanos(delay), RateLimits.this.scheduler.get())
				.doOnSubscribe((subscription) -> this.limiter.waitingCounter().incrementAndGet())
				.doFinally((signal) -> this.limiter.waitingCounter().decrementAndGet())
				.then(retry);
		}

		/** The shortest window's length: waiters wake spread over a little of it. */
		private long spreadBase() {
			return this.limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
		}

		Mono<Void> learn(RateLimitException ex) {
			Integer limit = ex.limit();
			Duration interval = ex.interval();
			Duration reset = ex.reset();
			if (limit == null || limit < 1 || interval == null || interval.isZero() || interval.isNegative()
					|| reset == null || reset.isNegative()) {
				return Mono.empty();
			}
			this.limiter.learn(limit, interval, reset);
			RateLimitStore store = RateLimits.this.store;
			return (store != null) ? store.spent(this.storeKey, new EndpointLimit(limit, interval), reset)
					: Mono.empty();
		}

	}

}
