package io.github.imagekitspring.files;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A list entry of a type this client does not know; the raw fields are kept so nothing the server sent is lost.
 *
 * @param type the {@code type} field as sent
 * @param fields every field as sent
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownAsset(String type, Map<String, Object> fields) implements Asset {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static UnknownAsset fromJson(Map<String, Object> fields) {
		Object type = fields.get("type");
		return new UnknownAsset((type != null) ? type.toString() : "", new LinkedHashMap<>(fields));
	}

}
