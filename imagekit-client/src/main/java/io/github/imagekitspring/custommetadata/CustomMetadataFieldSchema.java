package io.github.imagekitspring.custommetadata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * The type and constraints of a custom metadata field. Build one with the factory of its type ({@link #text()},
 * {@link #number()}, {@link #singleSelect(List)} ...), which rejects constraints that cannot go together before
 * anything is sent: lengths on a non-text field, {@code minLength} above {@code maxLength}, a select field without
 * options, a required field without a default, a default of the wrong type or outside the constraints. Schemas read
 * from ImageKit are taken as they are.
 *
 * @param type the type
 * @param selectOptions the allowed values of a select field: strings, numbers or booleans
 * @param defaultValue the default value: a string, number or boolean, or a list for a multi-select field
 * @param isValueRequired whether every file must have a value
 * @param minValue the smallest value of a number field, or the earliest ISO 8601 date of a date field
 * @param maxValue the largest value of a number field, or the latest ISO 8601 date of a date field
 * @param minLength the shortest value of a text field
 * @param maxLength the longest value of a text field
 */
public record CustomMetadataFieldSchema(CustomMetadataFieldType type, @Nullable List<Object> selectOptions,
		@Nullable Object defaultValue, @Nullable Boolean isValueRequired, @Nullable Object minValue,
		@Nullable Object maxValue, @Nullable Integer minLength, @Nullable Integer maxLength) {

	/** A single-line text field. */
	public static Builder text() {
		return new Builder(CustomMetadataFieldType.TEXT);
	}

	/** A multi-line text field. */
	public static Builder textarea() {
		return new Builder(CustomMetadataFieldType.TEXTAREA);
	}

	/** A number field. */
	public static Builder number() {
		return new Builder(CustomMetadataFieldType.NUMBER);
	}

	/** A date field. */
	public static Builder date() {
		return new Builder(CustomMetadataFieldType.DATE);
	}

	/** A boolean field. */
	public static Builder bool() {
		return new Builder(CustomMetadataFieldType.BOOLEAN);
	}

	/**
	 * A field holding one of some values.
	 * @param options the values, strings, numbers or booleans
	 * @return a builder
	 */
	public static Builder singleSelect(List<?> options) {
		return new Builder(CustomMetadataFieldType.SINGLE_SELECT).selectOptions(options);
	}

	/**
	 * A field holding any of some values.
	 * @param options the values, strings, numbers or booleans
	 * @return a builder
	 */
	public static Builder multiSelect(List<?> options) {
		return new Builder(CustomMetadataFieldType.MULTI_SELECT).selectOptions(options);
	}

	/**
	 * Check that the constraints fit the type and each other, as ImageKit requires of a schema sent to it.
	 * @return this schema
	 * @throws IllegalArgumentException naming the first constraint that does not fit
	 */
	public CustomMetadataFieldSchema validate() {
		Arguments.requireNonNull(this.type, "schema.type");
		if (this.type == CustomMetadataFieldType.UNKNOWN) {
			throw new IllegalArgumentException("schema.type must be a known type, was UNKNOWN");
		}
		checkLengths();
		checkRange();
		checkOptions();
		checkDefault();
		return this;
	}

	private void checkLengths() {
		if (!this.type.hasLength()) {
			notAllowed(this.minLength, "minLength", "Text and Textarea");
			notAllowed(this.maxLength, "maxLength", "Text and Textarea");
			return;
		}
		if (this.minLength != null && this.minLength < 0) {
			throw new IllegalArgumentException("minLength must not be negative, was " + this.minLength);
		}
		if (this.maxLength != null && this.maxLength < 1) {
			throw new IllegalArgumentException("maxLength must be positive, was " + this.maxLength);
		}
		if (this.minLength != null && this.maxLength != null && this.minLength > this.maxLength) {
			throw new IllegalArgumentException("minLength (" + this.minLength + ") must not be greater than maxLength ("
					+ this.maxLength + ")");
		}
	}

	private void checkRange() {
		if (!this.type.hasRange()) {
			notAllowed(this.minValue, "minValue", "Number and Date");
			notAllowed(this.maxValue, "maxValue", "Number and Date");
			return;
		}
		Double min = (this.minValue != null) ? comparable(this.minValue, "minValue") : null;
		Double max = (this.maxValue != null) ? comparable(this.maxValue, "maxValue") : null;
		if (min != null && max != null && min > max) {
			throw new IllegalArgumentException(
					"minValue (" + this.minValue + ") must not be greater than maxValue (" + this.maxValue + ")");
		}
	}

	private void checkOptions() {
		if (!this.type.hasOptions()) {
			notAllowed(this.selectOptions, "selectOptions", "SingleSelect and MultiSelect");
			return;
		}
		if (this.selectOptions == null || this.selectOptions.isEmpty()) {
			throw new IllegalArgumentException("selectOptions is required for " + wireName() + " fields");
		}
		for (Object option : this.selectOptions) {
			if (!(option instanceof String || option instanceof Number || option instanceof Boolean)) {
				throw new IllegalArgumentException(
						"selectOptions entries must be strings, numbers or booleans, was " + option);
			}
		}
	}

	private void checkDefault() {
		if (Boolean.TRUE.equals(this.isValueRequired) && this.defaultValue == null) {
			throw new IllegalArgumentException("defaultValue is required when isValueRequired is true");
		}
		if (this.defaultValue == null) {
			return;
		}
		switch (this.type) {
			case TEXT, TEXTAREA -> checkTextDefault();
			case NUMBER, DATE -> checkRangeDefault();
			case BOOLEAN -> {
				if (!(this.defaultValue instanceof Boolean)) {
					throw wrongDefault("a boolean");
				}
			}
			case SINGLE_SELECT -> {
				if (!isOption(this.defaultValue)) {
					throw new IllegalArgumentException(
							"defaultValue must be one of selectOptions, was " + this.defaultValue);
				}
			}
			case MULTI_SELECT -> checkMultiSelectDefault();
			default -> throw new IllegalArgumentException("schema.type must be a known type, was " + this.type);
		}
	}

	private void checkTextDefault() {
		if (!(this.defaultValue instanceof String text)) {
			throw wrongDefault("a string");
		}
		if (this.minLength != null && text.length() < this.minLength) {
			throw new IllegalArgumentException("defaultValue must have at least minLength (" + this.minLength
					+ ") characters, had " + text.length());
		}
		if (this.maxLength != null && text.length() > this.maxLength) {
			throw new IllegalArgumentException("defaultValue must have at most maxLength (" + this.maxLength
					+ ") characters, had " + text.length());
		}
	}

	private void checkRangeDefault() {
		double value = comparable(this.defaultValue, "defaultValue");
		if (this.minValue != null && value < comparable(this.minValue, "minValue")) {
			throw new IllegalArgumentException("defaultValue (" + this.defaultValue
					+ ") must not be less than minValue (" + this.minValue + ")");
		}
		if (this.maxValue != null && value > comparable(this.maxValue, "maxValue")) {
			throw new IllegalArgumentException("defaultValue (" + this.defaultValue
					+ ") must not be greater than maxValue (" + this.maxValue + ")");
		}
	}

	private void checkMultiSelectDefault() {
		if (!(this.defaultValue instanceof Collection<?> values) || values.isEmpty()) {
			throw wrongDefault("a non-empty list");
		}
		for (Object value : values) {
			if (!isOption(value)) {
				throw new IllegalArgumentException("defaultValue entries must be selectOptions, was " + value);
			}
		}
	}

	private boolean isOption(@Nullable Object value) {
		if (this.selectOptions == null || value == null) {
			return false;
		}
		for (Object option : this.selectOptions) {
			if ((option instanceof Number number && value instanceof Number other)
					? number.doubleValue() == other.doubleValue() : option.equals(value)) {
				return true;
			}
		}
		return false;
	}

	/** A number as itself, a date as epoch milliseconds, so that bounds and defaults compare. */
	private double comparable(Object value, String name) {
		if (this.type == CustomMetadataFieldType.NUMBER) {
			if (!(value instanceof Number number)) {
				throw new IllegalArgumentException(name + " of a Number field must be a number, was " + value);
			}
			return number.doubleValue();
		}
		if (!(value instanceof String text)) {
			throw new IllegalArgumentException(name + " of a Date field must be an ISO 8601 date, was " + value);
		}
		return instant(text, name).toEpochMilli();
	}

	private static Instant instant(String text, String name) {
		try {
			TemporalAccessor parsed = (text.length() <= 10) ? LocalDate.parse(text) : OffsetDateTime.parse(text);
			return (parsed instanceof LocalDate day) ? day.atStartOfDay(ZoneOffset.UTC).toInstant()
					: ((OffsetDateTime) parsed).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(name + " of a Date field must be an ISO 8601 date, was '" + text + "'",
					ex);
		}
	}

	private IllegalArgumentException wrongDefault(String expected) {
		return new IllegalArgumentException("defaultValue of a " + wireName() + " field must be " + expected
				+ ", was " + this.defaultValue);
	}

	private void notAllowed(@Nullable Object value, String name, String types) {
		if (value != null) {
			throw new IllegalArgumentException(
					name + " is only allowed for " + types + " fields, not " + wireName() + " fields");
		}
	}

	private String wireName() {
		return switch (this.type) {
			case TEXT -> "Text";
			case TEXTAREA -> "Textarea";
			case NUMBER -> "Number";
			case DATE -> "Date";
			case BOOLEAN -> "Boolean";
			case SINGLE_SELECT -> "SingleSelect";
			case MULTI_SELECT -> "MultiSelect";
			case UNKNOWN -> "unknown";
		};
	}

	/**
	 * Builds a {@link CustomMetadataFieldSchema} of one type; {@link #build()} validates it.
	 */
	public static final class Builder {

		private final CustomMetadataFieldType type;

		private @Nullable List<Object> selectOptions;

		private @Nullable Object defaultValue;

		private @Nullable Boolean isValueRequired;

		private @Nullable Object minValue;

		private @Nullable Object maxValue;

		private @Nullable Integer minLength;

		private @Nullable Integer maxLength;

		private Builder(CustomMetadataFieldType type) {
			this.type = type;
		}

		private Builder selectOptions(List<?> options) {
			Arguments.requireNonNull(options, "selectOptions");
			this.selectOptions = new ArrayList<>(options);
			return this;
		}

		/**
		 * The default value: a string, number, boolean, ISO 8601 date (as a string, {@link LocalDate} or
		 * {@link Instant}), or a list of options for a multi-select field.
		 * @param defaultValue the value
		 * @return this builder
		 */
		public Builder defaultValue(Object defaultValue) {
			Object value = Arguments.requireNonNull(defaultValue, "defaultValue");
			this.defaultValue = (value instanceof Collection<?> values) ? new ArrayList<>(values) : wire(value);
			return this;
		}

		/**
		 * Whether every file must have a value; a required field needs a {@link #defaultValue(Object)}.
		 * @param isValueRequired whether a value is required
		 * @return this builder
		 */
		public Builder valueRequired(boolean isValueRequired) {
			this.isValueRequired = isValueRequired;
			return this;
		}

		/**
		 * The smallest number or earliest date.
		 * @param minValue a number, or an ISO 8601 date as a string, {@link LocalDate} or {@link Instant}
		 * @return this builder
		 */
		public Builder minValue(Object minValue) {
			this.minValue = wire(Arguments.requireNonNull(minValue, "minValue"));
			return this;
		}

		/**
		 * The largest number or latest date.
		 * @param maxValue a number, or an ISO 8601 date as a string, {@link LocalDate} or {@link Instant}
		 * @return this builder
		 */
		public Builder maxValue(Object maxValue) {
			this.maxValue = wire(Arguments.requireNonNull(maxValue, "maxValue"));
			return this;
		}

		public Builder minLength(int minLength) {
			this.minLength = minLength;
			return this;
		}

		public Builder maxLength(int maxLength) {
			this.maxLength = maxLength;
			return this;
		}

		/**
		 * Build and validate the schema.
		 * @return the schema
		 * @throws IllegalArgumentException naming the constraint that does not fit
		 */
		public CustomMetadataFieldSchema build() {
			return new CustomMetadataFieldSchema(this.type,
					(this.selectOptions != null) ? List.copyOf(this.selectOptions) : null, this.defaultValue,
					this.isValueRequired, this.minValue, this.maxValue, this.minLength, this.maxLength)
				.validate();
		}

		private static Object wire(Object value) {
			return (value instanceof LocalDate || value instanceof Instant || value instanceof OffsetDateTime)
					? value.toString() : value;
		}

	}

}
