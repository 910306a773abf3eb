package io.github.imagekitspring.internal.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of the client. The client does not use the application's mapper: an application's naming
 * strategy or strictness must not change what is sent to ImageKit or how its answers are read.
 */
public final class ImageKitJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
		.changeDefaultPropertyInclusion((value) -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
				JsonInclude.Include.ALWAYS))
		.build();

	private ImageKitJson() {
	}

	/** The shared, immutable mapper: unknown properties and unknown enum values are tolerated. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

}
