package io.github.imagekitspring.errors;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * ImageKit answered 429: the account's rate limit for this endpoint was exceeded. The {@code X-RateLimit-*}
 * headers say how many requests the interval allows and how long to wait.
 */
public class RateLimitException extends ImageKitServiceException {

	/** Requests allowed per interval. */
	public static final String LIMIT_HEADER = "X-RateLimit-Limit";

	/** Milliseconds to wait before the next request: a duration, not a timestamp. */
	public static final String RESET_HEADER = "X-RateLimit-Reset";

	/** Length of the rate-limit window in milliseconds. */
	public static final String INTERVAL_HEADER = "X-RateLimit-Interval";

	public RateLimitException(String operation, int attempts, int statusCode, ImageKitError error, HttpHeaders headers) {
		super(operation, attempts, statusCode, error, headers);
	}

	/** Requests allowed per interval, from {@code X-RateLimit-Limit}, or {@code null} if absent or malformed. */
	public @Nullable Integer limit() {
		Long value = longHeader(LIMIT_HEADER);
		return (value != null && value <= Integer.MAX_VALUE) ? value.intValue() : null;
	}

	/** How long to wait, from {@code X-RateLimit-Reset}, or {@code null} if absent or malformed. */
	public @Nullable Duration reset() {
		Long value = longHeader(RESET_HEADER);
		return (value != null) ? Duration.ofMillis(value) : null;
	}

	/** The rate-limit window, from {@code X-RateLimit-Interval}, or {@code null} if absent or malformed. */
	public @Nullable Duration interval() {
		Long value = longHeader(INTERVAL_HEADER);
		return (value != null) ? Duration.ofMillis(value) : null;
	}

	private @Nullable Long longHeader(String name) {
		String value = headers().getFirst(name);
		if (value == null) {
			return null;
		}
		try {
			long parsed = Long.parseLong(value.trim());
			return (parsed >= 0) ? parsed : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
