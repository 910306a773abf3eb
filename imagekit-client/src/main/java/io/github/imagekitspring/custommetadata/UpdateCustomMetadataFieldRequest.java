package io.github.imagekitspring.custommetadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * Body of the update-field API, {@code PATCH /v1/customMetadataFields/{id}}: a new label, new constraints, or both.
 * The type of a field cannot change: the schema's type only decides how its constraints are validated here, and is
 * not sent (the spec's update schema has no {@code type}); ImageKit checks the constraints against the field's type.
 *
 * @param label the new label, or {@code null} to keep it
 * @param schema the new constraints, or {@code null} to keep them
 */
public record UpdateCustomMetadataFieldRequest(@Nullable String label,
		@JsonIgnoreProperties("type") @Nullable CustomMetadataFieldSchema schema) {

	public UpdateCustomMetadataFieldRequest {
		if (label == null && schema == null) {
			throw new IllegalArgumentException("label or schema must be set");
		}
		if (label != null) {
			Arguments.requireText(label, "label");
		}
		if (schema != null) {
			schema.validate();
		}
	}

	/**
	 * Change the label.
	 * @param label the new label
	 * @return the request
	 */
	public static UpdateCustomMetadataFieldRequest newLabel(String label) {
		return new UpdateCustomMetadataFieldRequest(Arguments.requireText(label, "label"), null);
	}

	/**
	 * Change the constraints.
	 * @param schema the new constraints
	 * @return the request
	 */
	public static UpdateCustomMetadataFieldRequest newSchema(CustomMetadataFieldSchema schema) {
		return new UpdateCustomMetadataFieldRequest(null, Arguments.requireNonNull(schema, "schema"));
	}

}
