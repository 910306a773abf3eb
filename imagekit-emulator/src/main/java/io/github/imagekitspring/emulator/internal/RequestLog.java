package io.github.imagekitspring.emulator.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.imagekitspring.emulator.RecordedRequest;

/** Every request received, oldest first, with the name of the operation that served it. */
final class RequestLog {

	/** The name file delivery is logged under. */
	static final String DELIVERY = "delivery";

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	/** The name a request is logged under: its route's operation id, {@link #DELIVERY}, or {@code null}. */
	static String name(Route route, boolean delivery) {
		if (route != null) {
			return route.id();
		}
		return delivery ? DELIVERY : null;
	}

	void add(RecordedRequest request) {
		this.requests.add(request);
	}

	List<RecordedRequest> all() {
		return List.copyOf(this.requests);
	}

	void clear() {
		this.requests.clear();
	}

}
