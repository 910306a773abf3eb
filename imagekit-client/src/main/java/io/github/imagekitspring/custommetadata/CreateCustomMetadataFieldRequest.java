package io.github.imagekitspring.custommetadata;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * Body of the create-field API, {@code POST /v1/customMetadataFields}. The schema is validated when the request is
 * made.
 *
 * @param name the API name, unique for ever among all fields, deleted ones included
 * @param label the name shown in the media library, unique among live fields
 * @param schema the type and constraints
 */
public record CreateCustomMetadataFieldRequest(String name, String label, CustomMetadataFieldSchema schema) {

	public CreateCustomMetadataFieldRequest {
		Arguments.requireText(name, "name");
		Arguments.requireText(label, "label");
		Arguments.requireNonNull(schema, "schema").validate();
	}

}
