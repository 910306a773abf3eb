package io.github.imagekitspring.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A URL rewriter of a type this client does not know; written back exactly as read, so an endpoint read and sent
 * back unchanged keeps it.
 *
 * @param raw the rewriter object as read, {@code type} included
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownUrlRewriter(@JsonValue Map<String, Object> raw) implements UrlRewriter {

	public UnknownUrlRewriter {
		raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static UnknownUrlRewriter fromJson(Map<String, Object> raw) {
		return new UnknownUrlRewriter(raw);
	}

	@Override
	public String type() {
		Object type = this.raw.get("type");
		return (type != null) ? type.toString() : "";
	}

}
