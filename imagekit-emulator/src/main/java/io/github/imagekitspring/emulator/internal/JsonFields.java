package io.github.imagekitspring.emulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Typed reads of a request's JSON object, each failing with ImageKit's 400 message for a bad field. */
final class JsonFields {

	private final JsonNode node;

	private JsonFields(JsonNode node) {
		this.node = node;
	}

	/** The fields of a JSON body, which must be an object. */
	static JsonFields of(JsonNode body) {
		if (!body.isObject()) {
			throw ApiException.invalid("The request body must be a JSON object.");
		}
		return new JsonFields(body);
	}

	boolean has(String field) {
		return this.node.has(field);
	}

	/** Whether the field is present with a value other than {@code null}. */
	boolean hasValue(String field) {
		JsonNode v = this.node.get(field);
		return v != null && !v.isNull();
	}

	JsonNode get(String field) {
		return this.node.get(field);
	}

	int size() {
		return this.node.size();
	}

	String requiredString(String field) {
		JsonNode v = this.node.get(field);
		if (v == null || v.isNull() || !v.isString() || v.asString().isEmpty()) {
			throw ApiException.invalid("Missing or invalid " + field + " parameter.");
		}
		return v.asString();
	}

	/** The field's non-empty string when present, {@code null} when absent. */
	String presentString(String field) {
		return has(field) ? requiredString(field) : null;
	}

	String optionalString(String field) {
		JsonNode v = this.node.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		if (!v.isString()) {
			throw ApiException.invalid("Invalid " + field + " parameter: it must be a string.");
		}
		return v.asString();
	}

	boolean optionalBoolean(String field, boolean defaultValue) {
		JsonNode v = this.node.get(field);
		if (v == null || v.isNull()) {
			return defaultValue;
		}
		if (!v.isBoolean()) {
			throw ApiException.invalid("Invalid " + field + " parameter: it must be a boolean.");
		}
		return v.asBoolean();
	}

	List<String> requiredStrings(String field, int max) {
		JsonNode v = this.node.get(field);
		if (v == null || !v.isArray() || v.isEmpty()) {
			throw ApiException.invalid("Missing or invalid " + field + " parameter: it must be a non-empty array.");
		}
		if (v.size() > max) {
			throw ApiException.invalid("Too many values in " + field + ": at most " + max + " are allowed.");
		}
		List<String> out = new ArrayList<>();
		for (JsonNode item : v) {
			if (!item.isString()) {
				throw ApiException.invalid("Invalid " + field + " parameter: every value must be a string.");
			}
			out.add(item.asString());
		}
		return out;
	}

	/** The field as a plain map, or {@code null} when absent or {@code null}; {@code message} when it is not an object. */
	Map<String, Object> optionalObject(String field, String message) {
		if (!hasValue(field)) {
			return null;
		}
		JsonNode v = this.node.get(field);
		if (!v.isObject()) {
			throw ApiException.invalid(message);
		}
		return Json.toMap(v);
	}

	/** The whole body as a plain map. */
	Map<String, Object> toMap() {
		return Json.toMap(this.node);
	}

}
