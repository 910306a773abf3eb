package io.github.imagekitspring.emulator.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.imagekitspring.emulator.RateLimit;

/** Fixed-window rate limits per operation and private key, with a default for every API operation. */
final class RateLimits {

	private final Clock clock;

	private final Map<String, RateLimit> limits = new ConcurrentHashMap<>();

	private final Map<String, long[]> windows = new ConcurrentHashMap<>();

	private volatile RateLimit defaultLimit;

	RateLimits(Clock clock) {
		this.clock = clock;
	}

	/** Sets the limit of one operation ({@code null} id: the default; {@code null} limit: none). Restarts all windows. */
	void set(String operationId, RateLimit limit) {
		if (operationId == null) {
			this.defaultLimit = limit;
		}
		else if (limit == null) {
			this.limits.remove(operationId);
		}
		else {
			this.limits.put(operationId, limit);
		}
		this.windows.clear();
	}

	void restartWindows() {
		this.windows.clear();
	}

	/** {@code null} when the call may proceed, else the 429 headers. */
	Map<String, String> take(String key, Route route) {
		RateLimit limit = this.limits.getOrDefault(route.id(), this.defaultLimit);
		if (limit == null) {
			return null;
		}
		long now = this.clock.millis();
		long interval = limit.interval().toMillis();
		long[] window = this.windows.computeIfAbsent(key + " " + route.id(), (k) -> new long[] { now, 0 });
		synchronized (window) {
			if (now >= window[0] + interval || now < window[0]) {
				window[0] = now;
				window[1] = 0;
			}
			if (window[1] < limit.limit()) {
				window[1]++;
				return null;
			}
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("X-RateLimit-Limit", String.valueOf(limit.limit()));
			headers.put("X-RateLimit-Reset", String.valueOf(window[0] + interval - now));
			headers.put("X-RateLimit-Interval", String.valueOf(interval));
			return headers;
		}
	}

}
