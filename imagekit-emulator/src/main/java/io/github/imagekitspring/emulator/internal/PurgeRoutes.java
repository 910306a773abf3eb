package io.github.imagekitspring.emulator.internal;

import java.util.Map;

/** Handlers of the cache purge operations. */
final class PurgeRoutes {

	private PurgeRoutes() {
	}

	static Reply purge(ApiCall call) {
		return Reply.created(Map.of("requestId", call.state().purges().purge(call.fields().requiredString("url"))));
	}

	static Reply status(ApiCall call) {
		boolean completed = call.state().purges().completed(call.variable("requestId"));
		return Reply.ok(Map.of("status", completed ? "Completed" : "Pending"));
	}

}
