package io.github.imagekitspring;

import java.time.Duration;

/**
 * The client's defaults, defined once: the client's builder, the resilience builder and the Spring Boot properties
 * all start from these values.
 */
public final class ImageKitDefaults {

	/** Time allowed to open a connection. */
	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/** Time allowed for a response once the request is sent. */
	public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

	/** Requests per call at most, the first included. */
	public static final int MAX_ATTEMPTS = 4;

	/** Wait before the first retry; later waits grow by {@link #BACKOFF_MULTIPLIER}, with jitter. */
	public static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);

	/** Factor by which the backoff grows after each failed attempt. */
	public static final double BACKOFF_MULTIPLIER = 2.0;

	/** Longest backoff between two attempts. */
	public static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

	/** Longest {@code X-RateLimit-Reset} a 429 may ask to wait before the call fails with the 429. */
	public static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(30);

	/** Deadline of a whole call, every attempt and wait included. */
	public static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);

	private ImageKitDefaults() {
	}

}
