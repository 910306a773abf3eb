package io.github.imagekitspring.custommetadata;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The type of a custom metadata field, which decides its values and the constraints it takes.
 */
public enum CustomMetadataFieldType {

	/** A single-line string; takes {@code minLength} and {@code maxLength}. */
	@JsonProperty("Text")
	TEXT,

	/** A multi-line string; takes {@code minLength} and {@code maxLength}. */
	@JsonProperty("Textarea")
	TEXTAREA,

	/** A number; takes {@code minValue} and {@code maxValue}. */
	@JsonProperty("Number")
	NUMBER,

	/** An ISO 8601 date; takes {@code minValue} and {@code maxValue} as dates. */
	@JsonProperty("Date")
	DATE,

	/** {@code true} or {@code false}. */
	@JsonProperty("Boolean")
	BOOLEAN,

	/** One of {@code selectOptions}. */
	@JsonProperty("SingleSelect")
	SINGLE_SELECT,

	/** Any of {@code selectOptions}; the default value is a list. */
	@JsonProperty("MultiSelect")
	MULTI_SELECT,

	/** A type this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	boolean hasLength() {
		return this == TEXT || this == TEXTAREA;
	}

	boolean hasRange() {
		return this == NUMBER || this == DATE;
	}

	boolean hasOptions() {
		return this == SINGLE_SELECT || this == MULTI_SELECT;
	}

}
