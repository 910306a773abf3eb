package io.github.imagekitspring.resilience;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;

import io.github.imagekitspring.errors.RateLimitException;

/**
 * How long to wait before the next attempt, read from the failure. After a 429 the server says how long
 * ({@code X-RateLimit-Reset}), and the retry lands at a random point of the window that starts then
 * ({@code X-RateLimit-Interval}): retries of every caller and instance refused together spread over that window
 * instead of arriving together at its start. Anything else backs off exponentially with jitter.
 */
final class RetryInterval implements IntervalBiFunction<Object> {

	/** Resilience4j's reactor retry stops only on exactly this value. */
	static final long STOP = -1L;

	/** Without an interval, a little jitter still spreads callers released together. */
	private static final long MIN_RESET_JITTER_MS = 10;

	private final long initialBackoffMs;

	private final double multiplier;

	private final long maxBackoffMs;

	private final long maxRateLimitWaitMs;

	private final DoubleSupplier random;

	RetryInterval(Duration initialBackoff, double multiplier, Duration maxBackoff, Duration maxRateLimitWait) {
		this(initialBackoff, multiplier, maxBackoff, maxRateLimitWait, () -> ThreadLocalRandom.current().nextDouble());
	}

	RetryInterval(Duration initialBackoff, double multiplier, Duration maxBackoff, Duration maxRateLimitWait,
			DoubleSupplier random) {
		this.initialBackoffMs = initialBackoff.toMillis();
		this.multiplier = multiplier;
		this.maxBackoffMs = maxBackoff.toMillis();
		this.maxRateLimitWaitMs = maxRateLimitWait.toMillis();
		this.random = random;
	}

	@Override
	public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
		if (outcome.isLeft() && outcome.getLeft() instanceof RateLimitException rateLimit) {
			Duration reset = rateLimit.reset();
			if (reset != null) {
				Duration interval = rateLimit.interval();
				return afterReset(reset.toMillis(), (interval != null) ? interval.toMillis() : 0);
			}
		}
		return backoff(attempt);
	}

	/** The reset, then somewhere in the next window, never past the maximum wait. */
	long afterReset(long resetMs, long intervalMs) {
		if (resetMs > this.maxRateLimitWaitMs) {
			return STOP;
		}
		long spread = Math.max(MIN_RESET_JITTER_MS, intervalMs);
		return Math.min(resetMs + Math.round(this.random.getAsDouble() * spread),
				Math.max(resetMs, this.maxRateLimitWaitMs));
	}

	/** Between half and all of {@code initial * multiplier^(attempt-1)}, capped: callers failing together spread. */
	long backoff(int attempt) {
		double base = this.initialBackoffMs * Math.pow(this.multiplier, Math.max(0, attempt - 1));
		double capped = Math.min(base, this.maxBackoffMs);
		return Math.round(capped * (1.0 - 0.5 * this.random.getAsDouble()));
	}

}
