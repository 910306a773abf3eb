package io.github.imagekitspring.emulator.internal;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/** An API request as its handler sees it: the account's state, path variables, query parameters and JSON body. */
record ApiCall(EmulatorState state, Map<String, String> variables, Map<String, String> query, JsonNode body) {

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
