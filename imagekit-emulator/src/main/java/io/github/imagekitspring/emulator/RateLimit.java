package io.github.imagekitspring.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A fixed-window rate limit: at most {@code limit} calls per {@code interval}, counted per operation
 * and per private key, as ImageKit counts them.
 *
 * @param limit maximum number of calls in one window (at least 1)
 * @param interval window length
 */
public record RateLimit(int limit, Duration interval) {

	public RateLimit {
		Objects.requireNonNull(interval, "interval");
		if (limit < 1 || interval.isZero() || interval.isNegative()) {
			throw new IllegalArgumentException("limit must be >= 1 and interval positive");
		}
	}

	/** Shorthand for {@code new RateLimit(limit, interval)}. */
	public static RateLimit of(int limit, Duration interval) {
		return new RateLimit(limit, interval);
	}

}
