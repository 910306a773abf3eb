package io.github.imagekitspring.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One fixed rate-limit window: at most {@code limit} calls per {@code interval}, counted per operation
 * across the whole account (every client of the emulator), as ImageKit counts them. Windows start at
 * multiples of the interval on the emulator's clock. An operation may have several windows; a call needs
 * room in each.
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

	/**
	 * Reads windows written as {@code LIMIT/INTERVAL_MS} pairs separated by commas, such as
	 * {@code 20/1000,120/10000} (20 calls per second and 120 per 10 seconds).
	 * @throws IllegalArgumentException naming the pair that is not of that form
	 */
	public static List<RateLimit> parseAll(String windows) {
		List<RateLimit> out = new ArrayList<>();
		for (String pair : Objects.requireNonNull(windows, "windows").split(",")) {
			String[] parts = pair.trim().split("/");
			try {
				if (parts.length != 2) {
					throw new IllegalArgumentException("not LIMIT/INTERVAL_MS");
				}
				out.add(of(Integer.parseInt(parts[0].trim()), Duration.ofMillis(Long.parseLong(parts[1].trim()))));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Invalid rate-limit window '" + pair.trim()
						+ "': use LIMIT/INTERVAL_MS pairs separated by commas, such as 20/1000,120/10000", ex);
			}
		}
		return List.copyOf(out);
	}

}
