package io.github.imagekitspring.resilience;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import io.github.imagekitspring.errors.ImageKitRateLimitedLocallyException;
import io.github.imagekitspring.errors.RateLimitException;
import io.github.imagekitspring.internal.http.ImageKitCall;

/**
 * One Resilience4j {@link RateLimiter} per account and rate-limit group, adapted to what ImageKit's 429 answers
 * say. A 429 closes a gate for {@code X-RateLimit-Reset}, so no caller of the group sends before the server's window
 * ends; it adopts {@code X-RateLimit-Limit} at once ({@code changeLimitForPeriod}, next cycle) and, because a
 * limiter's period is fixed, a different {@code X-RateLimit-Interval} by swapping in a new limiter. The new limiter's
 * cycles start when the server's window does (the end of the gate), not when it is built, so that its bursts and the
 * server's windows line up. The first 429 of a group always swaps, to line them up; a later one swaps only if the
 * server's window no longer starts near one of our cycle boundaries.
 */
final class AdaptiveRateLimits {

	/** Effectively no limit: used until the first 429 when starting unlimited. */
	static final int UNLIMITED = Integer.MAX_VALUE;

	/** How far (as a share of the interval) the server's window may start from our cycle before we re-align. */
	private static final double PHASE_TOLERANCE = 0.02;


	private final RateLimiterRegistry registry;

	private final Map<String, String> tags;

	private final RateLimiterConfig defaults;

	private final Map<String, RateLimiterConfig> endpoints;

	private final LongSupplier nanoTime;

	private final Supplier<Scheduler> scheduler;

	private final ConcurrentMap<String, Group> groups = new ConcurrentHashMap<>();

	AdaptiveRateLimits(RateLimiterRegistry registry, Map<String, String> tags, RateLimiterConfig defaults,
			Map<String, RateLimiterConfig> endpoints, LongSupplier nanoTime, Supplier<Scheduler> scheduler) {
		this.registry = registry;
		this.tags = tags;
		this.defaults = defaults;
		this.endpoints = endpoints;
		this.nanoTime = nanoTime;
		this.scheduler = scheduler;
	}

	static String limiterName(String accountName, String group) {
		return "imagekit." + accountName + "." + group;
	}

	/** Drains the current cycle when the server says the limit was exceeded, so concurrent callers wait. */
	static boolean isServerRateLimit(Either<? extends Throwable, ?> outcome) {
		return outcome.isLeft() && outcome.getLeft() instanceof RateLimitException;
	}

	/** The limiter a group uses now, creating it if needed; for tests and metrics. */
	RateLimiter limiter(String accountName, String group) {
		return group(accountName, group).current();
	}

	<T> Mono<T> limit(ImageKitCall call, String groupName, Mono<T> attempt) {
		Group group = group(call.accountName(), groupName);
		String operation = call.operation().id();
		return group.pass(call, attempt)
			.doOnError(RateLimitException.class, group::learn)
			.onErrorMap(RequestNotPermitted.class,
					(ex) -> new ImageKitRateLimitedLocallyException(operation, call.attempts(),
							"no permit from rate limiter " + group.name + " within "
									+ group.current().getRateLimiterConfig().getTimeoutDuration(),
							ex));
	}

	private Group group(String accountName, String groupName) {
		String name = limiterName(accountName, groupName);
		return this.groups.computeIfAbsent(name, (key) -> new Group(key, this.endpoints.getOrDefault(groupName,
				this.defaults)));
	}

	/**
	 * A limiter whose cycles are counted from {@code anchor}. Our own instance rather than registry.rateLimiter(..)
	 * because it takes a time source: AtomicRateLimiter reads it once when built, as the start of its cycles, then for
	 * the current time. Answering the anchor to that first reading starts the cycles at the server's window.
	 */
	private RateLimiter newLimiter(String name, RateLimiterConfig config, long anchor) {
		AtomicBoolean started = new AtomicBoolean();
		Supplier<Long> clock = () -> started.compareAndSet(false, true) ? anchor : this.nanoTime.getAsLong();
		return new AtomicRateLimiter(name, config, this.tags, clock);
	}

	private long now() {
		return this.nanoTime.getAsLong();
	}

	private final class Group {

		private final String name;

		private final RateLimiterConfig initial;

		/** Until when (in {@link #now()} nanos) no request of the group may start: the server's window is spent. */
		private final AtomicLong gateUntil;

		/** A limiter to swap in when the gate opens. */
		private final AtomicReference<@Nullable RateLimiterConfig> pending = new AtomicReference<>();

		/** Whether our cycles were lined up with the server's windows by a 429, and from when they count. */
		private volatile boolean anchored;

		private volatile long anchor;

		/** Requests of the group sent and not yet answered. */
		private final AtomicInteger inFlight = new AtomicInteger();

		Group(String name, RateLimiterConfig initial) {
			this.name = name;
			this.initial = initial;
			this.gateUntil = new AtomicLong(now());
			// A limiter the application configured under this name in its own registry is used as it is.
			if (AdaptiveRateLimits.this.registry.find(name).isEmpty()) {
				install(initial, now());
			}
		}

		<T> Mono<T> pass(ImageKitCall call, Mono<T> attempt) {
			return Mono.defer(() -> {
				long wait = this.gateUntil.get() - now();
				if (wait > 0) {
					Duration timeout = current().getRateLimiterConfig().getTimeoutDuration();
					if (wait > timeout.toNanos()) {
						return Mono.error(new ImageKitRateLimitedLocallyException(call.operation().id(), call.attempts(),
								"the server's rate limit "
								+ "for " + this.name + " resets in " + Duration.ofNanos(wait)
								+ ", longer than the permit timeout " + timeout, null));
					}
					// The gate may have moved while waiting: look again.
					return Mono.delay(Duration.ofNanos(wait), AdaptiveRateLimits.this.scheduler.get())
						.then(pass(call, attempt));
				}
				// Looked up per subscription: the registry's entry may have been replaced since the last attempt.
				RateLimiter limiter = current();
				Mono<T> counted = Mono.defer(() -> {
					this.inFlight.incrementAndGet();
					return attempt.doFinally((signal) -> this.inFlight.decrementAndGet());
				});
				return Mono.defer(() -> stillValid(limiter) ? counted : pass(call, attempt))
					.transformDeferred(RateLimiterOperator.of(limiter));
			});
		}

		/**
		 * Whether a permit that was waited for still means something: not if a 429 closed the gate meanwhile (the
		 * permit belongs to a window the server counts as spent) or the limiter was replaced (its cycles no longer
		 * line up with the server's). Such a caller starts over instead of adding to the next window's burst.
		 */
		private boolean stillValid(RateLimiter limiter) {
			return this.gateUntil.get() - now() <= 0 && this.pending.get() == null
					&& AdaptiveRateLimits.this.registry.find(this.name).orElse(null) == limiter;
		}

		RateLimiter current() {
			RateLimiterConfig next = this.pending.get();
			long gate = this.gateUntil.get();
			if (next != null && gate - now() <= 0 && this.pending.compareAndSet(next, null)) {
				// The gate closed at the end of the server's window: the new cycles start there.
				this.anchor = gate;
				RateLimiter limiter = install(next, gate);
				// Requests sent before the 429 and still unanswered may be counted in this window: keep room for them.
				int unanswered = Math.min(this.inFlight.get(), next.getLimitForPeriod());
				if (unanswered > 0) {
					limiter.reservePermission(unanswered);
				}
				return limiter;
			}
			return AdaptiveRateLimits.this.registry.find(this.name).orElseGet(() -> install(this.initial, now()));
		}

		private RateLimiter install(RateLimiterConfig config, long anchor) {
			RateLimiterRegistry registry = AdaptiveRateLimits.this.registry;
			RateLimiter limiter = newLimiter(this.name, config, anchor);
			if (registry.replace(this.name, limiter).isPresent()) {
				return limiter;
			}
			// Absent: register through the registry so its add event reaches metrics, then put ours in place.
			registry.rateLimiter(this.name, config, AdaptiveRateLimits.this.tags);
			registry.replace(this.name, limiter);
			return limiter;
		}

		void learn(RateLimitException ex) {
			Duration reset = ex.reset();
			Integer limit = ex.limit();
			Duration interval = ex.interval();
			if (reset != null) {
				// Each 429 says when the server's window ends, late by the response's latency: of the answers about one
				// window the earliest is the closest. An end more than half an interval later is the next window's.
				long sameWindow = (interval != null) ? interval.toNanos() / 2 : 0;
				this.gateUntil.accumulateAndGet(now() + reset.toNanos(), (current, candidate) -> {
					long later = candidate - current;
					return (later > sameWindow || (later < 0 && -later <= sameWindow)) ? candidate : current;
				});
			}
			if (limit == null || limit < 1 || interval == null || interval.isZero()) {
				return;
			}
			RateLimiter current = AdaptiveRateLimits.this.registry.find(this.name).orElse(null);
			if (current == null) {
				return;
			}
			RateLimiterConfig config = current.getRateLimiterConfig();
			if (!this.anchored || !config.getLimitRefreshPeriod().equals(interval) || outOfPhase(interval)) {
				this.anchored = true;
				this.pending.set(RateLimiterConfig.from(config)
					.limitForPeriod(limit)
					.limitRefreshPeriod(interval)
					.drainPermissionsOnResult(AdaptiveRateLimits::isServerRateLimit)
					.build());
			}
			else if (config.getLimitForPeriod() != limit) {
				current.changeLimitForPeriod(limit);
			}
		}

		/** Whether the server's next window starts away from our cycle boundaries, by more than the tolerance. */
		private boolean outOfPhase(Duration interval) {
			long period = interval.toNanos();
			long phase = Math.floorMod(this.gateUntil.get() - this.anchor, period);
			return Math.min(phase, period - phase) > period * PHASE_TOLERANCE;
		}

	}

}
