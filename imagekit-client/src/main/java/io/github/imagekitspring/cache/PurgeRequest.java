package io.github.imagekitspring.cache;

/**
 * A purge ImageKit accepted; follow it with {@link CacheOperations#purgeStatus(String)} or
 * {@link CacheOperations#awaitPurge(String, java.time.Duration)}.
 *
 * @param requestId the purge request id
 */
public record PurgeRequest(String requestId) {
}
