package io.github.imagekitspring.emulator.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Custom metadata field definitions and validation of values against them. */
final class CustomFields {

	private static final Set<String> TYPES = Set.of("Text", "Textarea", "Number", "Date", "Boolean", "SingleSelect", "MultiSelect");

	private static final Set<String> SCHEMA_KEYS = Set.of("type", "selectOptions", "defaultValue", "isValueRequired",
			"minValue", "maxValue", "minLength", "maxLength");

	private record Field(String id, String name, String label, ObjectNode schema, boolean deleted) {

		Map<String, Object> toJson() {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("id", this.id);
			out.put("name", this.name);
			out.put("label", this.label);
			out.put("schema", Json.toPlain(this.schema));
			return out;
		}

		String type() {
			return this.schema.get("type").asString();
		}

	}

	private final Map<String, Field> fields = new LinkedHashMap<>();

	private final Supplier<String> ids;

	CustomFields(Supplier<String> ids) {
		this.ids = ids;
	}

	void clear() {
		this.fields.clear();
	}

	Map<String, Object> create(String name, String label, Map<String, Object> schema) {
		if (this.fields.values().stream().anyMatch((f) -> f.name.equals(name))) {
			throw ApiException.invalid("A custom metadata field with this name already exists or existed before. Names cannot be reused.");
		}
		checkLabel(label, null);
		ObjectNode checked = checkSchema(Json.MAPPER.valueToTree(schema), null);
		Field field = new Field(this.ids.get(), name, label, checked, false);
		this.fields.put(field.id, field);
		return field.toJson();
	}

	List<Map<String, Object>> list(boolean includeDeleted) {
		return this.fields.values().stream().filter((f) -> includeDeleted || !f.deleted).map(Field::toJson).toList();
	}

	/** Changes the label, the schema (merged into the current one), or both; {@code null} leaves either alone. */
	Map<String, Object> update(String id, String label, Map<String, Object> schema) {
		Field field = live(id);
		if (label == null && schema == null) {
			throw ApiException.invalid("At least one of label or schema is required.");
		}
		String newLabel = field.label;
		if (label != null) {
			newLabel = label;
			checkLabel(newLabel, id);
		}
		ObjectNode merged = field.schema.deepCopy();
		if (schema != null) {
			ObjectNode patch = Json.MAPPER.valueToTree(schema);
			if (patch.has("type") && !patch.get("type").asString().equals(field.type())) {
				throw ApiException.invalid("The type of a custom metadata field cannot be changed.");
			}
			patch.properties().forEach((e) -> merged.set(e.getKey(), e.getValue()));
		}
		Field updated = new Field(id, field.name, newLabel, checkSchema(merged, field.type()), false);
		this.fields.put(id, updated);
		return updated.toJson();
	}

	void delete(String id) {
		Field field = live(id);
		this.fields.put(id, new Field(id, field.name, field.label, field.schema, true));
	}

	/** Live field names mapped to their type, for the search parser. */
	Map<String, String> types() {
		Map<String, String> out = new LinkedHashMap<>();
		this.fields.values().stream().filter((f) -> !f.deleted).forEach((f) -> out.put(f.name, f.type()));
		return out;
	}

	/**
	 * Validates {@code values} (null values are allowed: they mean "remove").
	 * @throws ApiException 400, with an {@code errors} object naming each bad key when {@code withErrors}
	 */
	void validate(Map<String, Object> values, boolean withErrors) {
		Map<String, String> errors = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			Field field = this.fields.values().stream().filter((f) -> !f.deleted && f.name.equals(key)).findFirst().orElse(null);
			if (field == null) {
				errors.put(key, "No custom metadata field named '" + key + "' exists.");
			}
			else if (value != null) {
				String problem = valueProblem(field.schema, Json.MAPPER.valueToTree(value));
				if (problem != null) {
					errors.put(key, problem);
				}
			}
		});
		if (!errors.isEmpty()) {
			ApiException bad = ApiException.invalid("Invalid custom metadata: " + String.join(" ", errors.values()));
			throw withErrors ? bad.with("errors", errors) : bad;
		}
	}

	/** Default values of live fields missing from {@code values}. */
	Map<String, Object> withDefaults(Map<String, Object> values) {
		Map<String, Object> out = new LinkedHashMap<>();
		for (Field f : this.fields.values()) {
			if (!f.deleted && f.schema.has("defaultValue") && !values.containsKey(f.name)) {
				out.put(f.name, Json.toPlain(f.schema.get("defaultValue")));
			}
		}
		out.putAll(values);
		return out;
	}

	private Field live(String id) {
		Field field = this.fields.get(id);
		if (field == null || field.deleted) {
			throw ApiException.notFound("No such custom metadata field exists.");
		}
		return field;
	}

	private void checkLabel(String label, String exceptId) {
		if (this.fields.values().stream().anyMatch((f) -> !f.deleted && f.label.equals(label) && !f.id.equals(exceptId))) {
			throw ApiException.invalid("A custom metadata field with this label already exists.");
		}
	}

	private static ObjectNode checkSchema(ObjectNode schema, String existingType) {
		JsonNode typeNode = schema.get("type");
		String type = (typeNode != null && typeNode.isString()) ? typeNode.asString() : existingType;
		if (type == null || !TYPES.contains(type)) {
			throw ApiException.invalid("schema.type must be one of " + String.join(", ", TYPES.stream().sorted().toList()) + ".");
		}
		schema.put("type", type);
		for (String key : new HashSet<>(schema.propertyNames())) {
			if (!SCHEMA_KEYS.contains(key)) {
				throw ApiException.invalid("schema." + key + " is not a valid schema property.");
			}
		}
		boolean select = type.endsWith("Select");
		if (select) {
			JsonNode options = schema.get("selectOptions");
			if (options == null || !options.isArray() || options.isEmpty()) {
				throw ApiException.invalid("schema.selectOptions is required for " + type + " fields.");
			}
			for (JsonNode o : options) {
				if (!o.isString() && !o.isNumber() && !o.isBoolean()) {
					throw ApiException.invalid("schema.selectOptions may only hold strings, numbers and booleans.");
				}
			}
		}
		else if (schema.has("selectOptions")) {
			throw ApiException.invalid("schema.selectOptions is only allowed for SingleSelect and MultiSelect fields.");
		}
		boolean range = type.equals("Number") || type.equals("Date");
		if (!range && (schema.has("minValue") || schema.has("maxValue"))) {
			throw ApiException.invalid("schema.minValue and schema.maxValue are only allowed for Number and Date fields.");
		}
		boolean text = type.equals("Text") || type.equals("Textarea");
		if (!text && (schema.has("minLength") || schema.has("maxLength"))) {
			throw ApiException.invalid("schema.minLength and schema.maxLength are only allowed for Text and Textarea fields.");
		}
		for (String key : List.of("minLength", "maxLength")) {
			if (schema.has(key) && !schema.get(key).isNumber()) {
				throw ApiException.invalid("schema." + key + " must be a number.");
			}
		}
		for (String key : List.of("minValue", "maxValue")) {
			if (schema.has(key)) {
				JsonNode v = schema.get(key);
				boolean ok = type.equals("Number") ? v.isNumber() : (v.isString() && parseDate(v.asString()) != null);
				if (!ok) {
					throw ApiException.invalid("schema." + key + " must be " + (type.equals("Number") ? "a number." : "an ISO 8601 date."));
				}
			}
		}
		boolean required = schema.has("isValueRequired") && schema.get("isValueRequired").asBoolean();
		if (schema.has("isValueRequired") && !schema.get("isValueRequired").isBoolean()) {
			throw ApiException.invalid("schema.isValueRequired must be a boolean.");
		}
		if (required && !schema.has("defaultValue")) {
			throw ApiException.invalid("schema.defaultValue is required when schema.isValueRequired is true.");
		}
		if (schema.has("defaultValue")) {
			String problem = valueProblem(schema, schema.get("defaultValue"));
			if (problem != null) {
				throw ApiException.invalid("schema.defaultValue is invalid: " + problem);
			}
		}
		return schema;
	}

	/** Why {@code value} breaks {@code schema}, or {@code null} when it fits. */
	private static String valueProblem(ObjectNode schema, JsonNode value) {
		String type = schema.get("type").asString();
		switch (type) {
			case "Text", "Textarea" -> {
				if (!value.isString()) {
					return "A " + type + " value must be a string.";
				}
				int len = value.asString().length();
				if (schema.has("minLength") && len < schema.get("minLength").asInt()) {
					return "The value is shorter than minLength.";
				}
				if (schema.has("maxLength") && len > schema.get("maxLength").asInt()) {
					return "The value is longer than maxLength.";
				}
				return null;
			}
			case "Number" -> {
				if (!value.isNumber()) {
					return "A Number value must be a number.";
				}
				double d = value.asDouble();
				if (schema.has("minValue") && d < schema.get("minValue").asDouble()) {
					return "The value is less than minValue.";
				}
				if (schema.has("maxValue") && d > schema.get("maxValue").asDouble()) {
					return "The value is greater than maxValue.";
				}
				return null;
			}
			case "Date" -> {
				OffsetDateTime d = value.isString() ? parseDate(value.asString()) : null;
				if (d == null) {
					return "A Date value must be an ISO 8601 date.";
				}
				if (schema.has("minValue") && d.isBefore(parseDate(schema.get("minValue").asString()))) {
					return "The value is before minValue.";
				}
				if (schema.has("maxValue") && d.isAfter(parseDate(schema.get("maxValue").asString()))) {
					return "The value is after maxValue.";
				}
				return null;
			}
			case "Boolean" -> {
				return value.isBoolean() ? null : "A Boolean value must be true or false.";
			}
			case "SingleSelect" -> {
				return contains(schema.get("selectOptions"), value) ? null : "The value is not one of selectOptions.";
			}
			default -> {
				if (!value.isArray()) {
					return "A MultiSelect value must be an array.";
				}
				List<JsonNode> bad = new ArrayList<>();
				value.forEach((v) -> {
					if (!contains(schema.get("selectOptions"), v)) {
						bad.add(v);
					}
				});
				return bad.isEmpty() ? null : "Some values are not in selectOptions.";
			}
		}
	}

	private static boolean contains(JsonNode options, JsonNode value) {
		for (JsonNode o : options) {
			if (o.equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static OffsetDateTime parseDate(String text) {
		try {
			return (text.length() == 10) ? LocalDate.parse(text).atStartOfDay().atOffset(java.time.ZoneOffset.UTC) : OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
