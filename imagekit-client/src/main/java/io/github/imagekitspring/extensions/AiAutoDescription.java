package io.github.imagekitspring.extensions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code ai-auto-description}: fills the file's description.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = ValueDeserializer.None.class)
public record AiAutoDescription() implements Extension {

	public static final String NAME = "ai-auto-description";

	@Override
	public String name() {
		return NAME;
	}

}
