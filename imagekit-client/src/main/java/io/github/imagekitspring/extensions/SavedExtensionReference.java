package io.github.imagekitspring.extensions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code saved-extension}: applies a saved extension by its id.
 *
 * @param id the saved extension's id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "name", "id" })
@JsonDeserialize(using = ValueDeserializer.None.class)
public record SavedExtensionReference(String id) implements Extension {

	public static final String NAME = "saved-extension";

	/** A request rule, checked where requests are built: an answer is read as ImageKit sent it. */
	void checkRequest() {
		if (this.id.isBlank()) {
			throw new IllegalArgumentException("id must not be blank");
		}
	}

	@Override
	public String name() {
		return NAME;
	}

}
