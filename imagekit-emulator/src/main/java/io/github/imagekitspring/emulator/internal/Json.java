package io.github.imagekitspring.emulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3 helpers for reading request bodies strictly and writing responses. */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** Parses a JSON body; an empty body is an empty object. */
	public static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return MAPPER.createObjectNode();
		}
		try {
			return MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw ApiException.badRequest("Your request contains invalid JSON.");
		}
	}

	public static Object toPlain(JsonNode node) {
		return MAPPER.convertValue(node, Object.class);
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> toMap(JsonNode node) {
		return MAPPER.convertValue(node, Map.class);
	}

	public static JsonNode object(JsonNode body) {
		if (!body.isObject()) {
			throw ApiException.badRequest("The request body must be a JSON object.");
		}
		return body;
	}

	public static String requiredString(JsonNode body, String field) {
		JsonNode v = body.get(field);
		if (v == null || v.isNull() || !v.isString() || v.asString().isEmpty()) {
			throw ApiException.badRequest("Missing or invalid " + field + " parameter.");
		}
		return v.asString();
	}

	public static String optionalString(JsonNode body, String field) {
		JsonNode v = body.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		if (!v.isString()) {
			throw ApiException.badRequest("Invalid " + field + " parameter: it must be a string.");
		}
		return v.asString();
	}

	public static boolean optionalBoolean(JsonNode body, String field, boolean defaultValue) {
		JsonNode v = body.get(field);
		if (v == null || v.isNull()) {
			return defaultValue;
		}
		if (!v.isBoolean()) {
			throw ApiException.badRequest("Invalid " + field + " parameter: it must be a boolean.");
		}
		return v.asBoolean();
	}

	public static List<String> requiredStrings(JsonNode body, String field, int max) {
		JsonNode v = body.get(field);
		if (v == null || !v.isArray() || v.isEmpty()) {
			throw ApiException.badRequest("Missing or invalid " + field + " parameter: it must be a non-empty array.");
		}
		if (v.size() > max) {
			throw ApiException.badRequest("Too many values in " + field + ": at most " + max + " are allowed.");
		}
		List<String> out = new ArrayList<>();
		for (JsonNode item : v) {
			if (!item.isString()) {
				throw ApiException.badRequest("Invalid " + field + " parameter: every value must be a string.");
			}
			out.add(item.asString());
		}
		return out;
	}

}
