package io.github.imagekitspring.emulator.internal;

import java.util.Map;

/** Handlers of the custom metadata field operations. */
final class CustomFieldRoutes {

	private CustomFieldRoutes() {
	}

	static Reply create(ApiCall call) {
		JsonFields body = call.fields();
		String name = body.requiredString("name");
		String label = body.requiredString("label");
		Map<String, Object> schema = body.optionalObject("schema", "Missing or invalid schema parameter.");
		if (schema == null) {
			throw ApiException.invalid("Missing or invalid schema parameter.");
		}
		return Reply.created(call.state().customFields().create(name, label, schema));
	}

	static Reply list(ApiCall call) {
		return Reply.ok(call.state().customFields().list("true".equals(call.query("includeDeleted"))));
	}

	static Reply update(ApiCall call) {
		JsonFields body = call.fields();
		String label = body.hasValue("label") ? body.requiredString("label") : null;
		Map<String, Object> schema = body.optionalObject("schema", "Invalid schema parameter.");
		return Reply.ok(call.state().customFields().update(call.variable("id"), label, schema));
	}

	static Reply delete(ApiCall call) {
		call.state().customFields().delete(call.variable("id"));
		return Reply.noContent();
	}

}
