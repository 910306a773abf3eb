package io.github.imagekitspring.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An origin of a type this client does not know; the raw fields are kept so nothing the server sent is lost.
 *
 * @param type the {@code type} field as sent
 * @param id the {@code id} field as sent, or empty
 * @param name the {@code name} field as sent, or empty
 * @param fields every field as sent
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownOrigin(String type, String id, String name, Map<String, Object> fields) implements Origin {

	public UnknownOrigin {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static UnknownOrigin fromJson(Map<String, Object> fields) {
		return new UnknownOrigin(text(fields, "type"), text(fields, "id"), text(fields, "name"), fields);
	}

	private static String text(Map<String, Object> fields, String name) {
		Object value = fields.get(name);
		return (value != null) ? value.toString() : "";
	}

}
