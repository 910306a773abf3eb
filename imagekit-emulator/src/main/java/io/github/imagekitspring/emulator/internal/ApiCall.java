package io.github.imagekitspring.emulator.internal;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * An API request as its handler sees it: the account's state, path variables, query parameters and JSON body,
 * and the webhook events the call produced, sent once it succeeded.
 */
record ApiCall(EmulatorState state, Map<String, String> variables, Map<String, String> query, JsonNode body,
		List<Webhooks.Event> events) {

	/** Queues a webhook event: {@code data} is sent as it is now. */
	void emit(String type, Object data) {
		this.events.add(new Webhooks.Event(type, data));
	}

	String variable(String name) {
		return this.variables.get(name);
	}

	/** The query parameter, or {@code null}. */
	String query(String name) {
		return this.query.get(name);
	}

	/** The body's fields; the body must be a JSON object (an empty body is an empty object). */
	JsonFields fields() {
		return JsonFields.of(this.body);
	}

}
