package io.github.imagekitspring.resilience;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.resilience.ImageKitResilience.EndpointLimit;

/**
 * Where the permits of an account's windows are counted when several instances share them, such as Redis. Each
 * instance also counts on its own, and falls back to that whenever the store gives no answer: then it takes only its
 * share of each window, the limit divided by {@link #instances(String) the instances} last seen on the key.
 */
public interface RateLimitStore {

	/**
	 * Take one permit in every window of a key, or none.
	 * @param key the account and endpoint, namespaced by something that is not secret
	 * @param windows the windows this instance knows of; the store may know more, learned by other instances
	 * @return 0 when a permit was taken, otherwise the nanoseconds until one may be free; empty when the store
	 * cannot answer now (the caller counts locally)
	 */
	Mono<Long> tryAcquire(String key, List<EndpointLimit> windows);

	/**
	 * What a 429 said, for every instance: the window holds {@code window.limitForPeriod()} requests and is spent
	 * until {@code reset} from now. Another window of the key is never touched.
	 * @param key the account and endpoint
	 * @param window the window the 429 named
	 * @param reset how long until it starts again
	 * @return completes when recorded, or at once (logged and counted) when the store cannot answer
	 */
	Mono<Void> spent(String key, EndpointLimit window, Duration reset);

	/**
	 * The windows of a key that any instance learned, as last read, so that this instance counts in them too when
	 * the store gives no answer.
	 * @param key the account and endpoint
	 * @return the windows, empty when none is known
	 */
	default List<EndpointLimit> windows(String key) {
		return List.of();
	}

	/**
	 * How many instances count on a key, as last seen; an instance that cannot tell says 1.
	 * @param key the account and endpoint
	 * @return at least 1
	 */
	default int instances(String key) {
		return 1;
	}

}
