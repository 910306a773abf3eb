package io.github.imagekitspring.emulator.internal;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3 helpers for reading JSON strictly and writing answers. */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** Parses JSON text; blank text is an empty object. */
	static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return MAPPER.createObjectNode();
		}
		try {
			return MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw ApiException.invalid("Your request contains invalid JSON.");
		}
	}

	static Object toPlain(JsonNode node) {
		return MAPPER.convertValue(node, Object.class);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> toMap(JsonNode node) {
		return MAPPER.convertValue(node, Map.class);
	}

}
