package io.github.imagekitspring;

import java.time.Duration;
import java.util.Set;

import org.springframework.util.unit.DataSize;

/**
 * The client's defaults, defined once: the client's builder, the resilience builder and the Spring Boot properties
 * all start from these values.
 */
public final class ImageKitDefaults {

	/** Time allowed to open a connection. */
	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/** Time allowed for a response once the request is sent. */
	public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

	/** Most connections the pool of one account opens to each ImageKit host. */
	public static final int MAX_CONNECTIONS = 100;

	/** Longest wait of a call for a free connection. */
	public static final Duration PENDING_ACQUIRE_TIMEOUT = Duration.ofSeconds(45);

	/** Most calls waiting for a free connection at once; -1 for no limit. */
	public static final int MAX_PENDING_ACQUIRES = -1;

	/** How long a pooled connection may stay idle before it is closed. */
	public static final Duration MAX_IDLE_TIME = Duration.ofSeconds(30);

	/** How long a pooled connection is used at most. */
	public static final Duration MAX_LIFE_TIME = Duration.ofMinutes(5);

	/** How often idle and expired connections are closed in the background. */
	public static final Duration EVICTION_INTERVAL = Duration.ofSeconds(10);

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

	/**
	 * Deadline of a whole {@code files().listAll(...)}, every page, retry and wait included: the call timeout applies
	 * to each page, so a long listing needs its own.
	 */
	public static final Duration LIST_ALL_TIMEOUT = Duration.ofMinutes(10);

	/**
	 * The most bytes of one response body read into memory. ImageKit's largest answers are pages of
	 * {@code files.list}: 1,000 entries with their embedded metadata stay well under it, while 8 calls at once hold
	 * at most 128 MiB.
	 */
	public static final DataSize MAX_RESPONSE_SIZE = DataSize.ofMegabytes(16);

	/** Statuses the caller expects and handles (a missing file, a name already taken): failures logged at DEBUG. */
	public static final Set<Integer> EXPECTED_ERROR_STATUSES = Set.of(404, 409);

	private ImageKitDefaults() {
	}

}
