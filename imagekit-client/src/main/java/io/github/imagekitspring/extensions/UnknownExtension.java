package io.github.imagekitspring.extensions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An extension whose {@code name} this client does not know; written back exactly as read.
 *
 * @param raw the extension object as read, {@code name} included
 */
public record UnknownExtension(@JsonValue Map<String, Object> raw) implements Extension {

	public UnknownExtension {
		raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
	}

	@Override
	public String name() {
		Object name = this.raw.get("name");
		return (name != null) ? name.toString() : "";
	}

}
