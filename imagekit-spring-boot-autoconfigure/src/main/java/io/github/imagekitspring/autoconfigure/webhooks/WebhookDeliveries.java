package io.github.imagekitspring.autoconfigure.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deliveries seen lately, by delivery id, bounded in count and age. A delivery is remembered as in progress
 * while its listeners run, as handled once they succeeded, and forgotten when they failed, so that ImageKit's
 * next attempt is published again.
 */
final class WebhookDeliveries {

	enum State {

		NEW, IN_PROGRESS, HANDLED

	}

	private record Entry(boolean handled, Instant since) {
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	private final int capacity;

	private final Duration retention;

	private final Clock clock;

	WebhookDeliveries(int capacity, Duration retention, Clock clock) {
		if (capacity < 1) {
			throw new IllegalArgumentException("imagekit.webhooks.dedupe-capacity must be at least 1");
		}
		this.capacity = capacity;
		this.retention = retention;
		this.clock = clock;
	}

	/**
	 * The state the delivery was in; a new one is in progress from now on.
	 */
	synchronized State begin(String deliveryId) {
		Instant now = this.clock.instant();
		evictOlderThan(now.minus(this.retention));
		Entry entry = this.entries.get(deliveryId);
		if (entry != null) {
			return entry.handled() ? State.HANDLED : State.IN_PROGRESS;
		}
		this.entries.put(deliveryId, new Entry(false, now));
		Iterator<String> eldest = this.entries.keySet().iterator();
		while (this.entries.size() > this.capacity) {
			eldest.next();
			eldest.remove();
		}
		return State.NEW;
	}

	synchronized void handled(String deliveryId) {
		if (this.entries.containsKey(deliveryId)) {
			this.entries.put(deliveryId, new Entry(true, this.clock.instant()));
		}
	}

	synchronized void failed(String deliveryId) {
		this.entries.remove(deliveryId);
	}

	synchronized int size() {
		return this.entries.size();
	}

	private void evictOlderThan(Instant oldest) {
		this.entries.values().removeIf((entry) -> entry.since().isBefore(oldest));
	}

}
