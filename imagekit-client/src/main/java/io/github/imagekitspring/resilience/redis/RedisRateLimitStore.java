package io.github.imagekitspring.resilience.redis;

import java.time.Duration;

import io.lettuce.core.RedisURI;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.resilience.RateLimitStore;

/**
 * A {@link RateLimitStore} in Redis, through Bucket4j's Lettuce integration: one bucket per account, endpoint and
 * window; a permit is taken in every window, or given back to those that had room. Every Redis operation is
 * asynchronous and bounded by the timeout; when Redis does not answer, the store answers nothing and the caller
 * counts locally. Three failures in a row make an outage: one WARN, every call counted locally, and one call a
 * second tries Redis again.
 */
public interface RedisRateLimitStore extends RateLimitStore, AutoCloseable {

	/**
	 * A store that connects to Redis when first used, and again after an outage.
	 * @param uri where Redis is
	 * @param keyPrefix the start of every key, such as {@code imagekit:rate-limit:}
	 * @param timeout the longest any Redis operation may take
	 * @return the store
	 */
	static RedisRateLimitStore create(RedisURI uri, String keyPrefix, Duration timeout) {
		Arguments.requireNonNull(uri, "uri");
		Arguments.requireText(keyPrefix, "keyPrefix");
		Arguments.requirePositive(timeout, "timeout");
		return new Bucket4jRateLimitStore(uri, keyPrefix, timeout);
	}

	/** Whether Redis is answering (no outage), its errors so far, and the last one. */
	State state();

	/** Closes the connection to Redis. */
	@Override
	void close();

	/**
	 * The store's state, for health and metrics.
	 * @param available whether Redis is answering: false from three failures in a row until an answer
	 * @param errors Redis operations failed or timed out so far
	 * @param lastError the last failure, its type and message
	 */
	record State(boolean available, long errors, @Nullable String lastError) {
	}

}
