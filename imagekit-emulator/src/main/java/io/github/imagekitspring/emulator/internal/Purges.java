package io.github.imagekitspring.emulator.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Cache purge requests: accepted at once, Completed once their pending time is over. */
final class Purges {

	private static final class Purge {

		final Instant createdAt;

		int polls;

		Purge(Instant createdAt) {
			this.createdAt = createdAt;
		}

	}

	private final Map<String, Purge> purges = new LinkedHashMap<>();

	private final PendingWork pending;

	Purges(PendingWork pending) {
		this.pending = pending;
	}

	void clear() {
		this.purges.clear();
	}

	/** Starts a purge of {@code url}, which must be a full http(s) URL; returns its request id. */
	String purge(String url) {
		if (!url.startsWith("http://") && !url.startsWith("https://")) {
			throw ApiException.invalid("Invalid url parameter: it must be a full URL.");
		}
		return start();
	}

	/** Starts a purge for another operation (a rename that asks for one); returns its request id. */
	String start() {
		String id = Ids.newId();
		this.purges.put(id, new Purge(this.pending.now()));
		return id;
	}

	/** Whether the purge has completed; counts as one status poll. */
	boolean completed(String requestId) {
		Purge p = this.purges.get(requestId);
		if (p == null) {
			throw ApiException.invalid("No purge request found with requestId " + requestId + ".");
		}
		p.polls++;
		return this.pending.done(p.createdAt, p.polls);
	}

}
