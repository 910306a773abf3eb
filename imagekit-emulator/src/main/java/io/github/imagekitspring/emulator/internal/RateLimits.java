package io.github.imagekitspring.emulator.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.imagekitspring.emulator.RateLimit;

/**
 * Account-wide rate limits: per API operation, one or more fixed windows, each aligned to a multiple of
 * its interval on the emulator's clock and counted across every client. A call needs room in every window
 * of its operation; a refused call counts in none.
 */
final class RateLimits {

	/**
	 * What {@link #take} decided.
	 * @param at the instant the call was counted at, read under the same lock as the counts
	 * @param refusal the 429 headers, or {@code null} when the call may proceed
	 */
	record Verdict(Instant at, Map<String, String> refusal) {
	}

	private final Clock clock;

	private final Map<String, List<RateLimit>> byOperation = new HashMap<>();

	private List<RateLimit> defaults = List.of();

	/** Per operation, per window: the start of the current window and the calls counted in it. */
	private final Map<String, long[][]> counters = new HashMap<>();

	RateLimits(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Sets the windows of one operation ({@code null} id: the default of every operation without its own;
	 * empty windows: none). Restarts all windows.
	 */
	synchronized void set(String operationId, List<RateLimit> windows) {
		if (operationId == null) {
			this.defaults = List.copyOf(windows);
		}
		else if (windows.isEmpty()) {
			this.byOperation.remove(operationId);
		}
		else {
			this.byOperation.put(operationId, List.copyOf(windows));
		}
		this.counters.clear();
	}

	synchronized void restartWindows() {
		this.counters.clear();
	}

	/**
	 * Counts the call in every window of its operation, or, when one is full, counts nothing and returns the
	 * 429 headers of the full window that resets last: waiting that long leaves room in all of them.
	 */
	synchronized Verdict take(Route route) {
		Instant at = this.clock.instant();
		List<RateLimit> windows = this.byOperation.getOrDefault(route.id(), this.defaults);
		if (windows.isEmpty()) {
			return new Verdict(at, null);
		}
		long now = at.toEpochMilli();
		long[][] counts = this.counters.computeIfAbsent(route.id(), (id) -> new long[windows.size()][2]);
		RateLimit exceeded = null;
		long resetMillis = -1;
		for (int i = 0; i < windows.size(); i++) {
			long interval = windows.get(i).interval().toMillis();
			long start = now - Math.floorMod(now, interval);
			if (counts[i][0] != start) {
				counts[i][0] = start;
				counts[i][1] = 0;
			}
			long reset = start + interval - now;
			if (counts[i][1] >= windows.get(i).limit() && reset > resetMillis) {
				exceeded = windows.get(i);
				resetMillis = reset;
			}
		}
		if (exceeded != null) {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("X-RateLimit-Limit", String.valueOf(exceeded.limit()));
			headers.put("X-RateLimit-Reset", String.valueOf(resetMillis));
			headers.put("X-RateLimit-Interval", String.valueOf(exceeded.interval().toMillis()));
			return new Verdict(at, headers);
		}
		for (long[] count : counts) {
			count[1]++;
		}
		return new Verdict(at, null);
	}

}
