package io.github.imagekitspring.custommetadata;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;

/**
 * Custom metadata fields of the account. Every method is lazy; arguments are checked when the method is called.
 */
public interface CustomMetadataFieldOperations {

	/**
	 * Create a field: {@code POST /v1/customMetadataFields}.
	 * @param request the name, label and schema
	 * @return the field created
	 */
	default Mono<CustomMetadataField> create(CreateCustomMetadataFieldRequest request) {
		return withResponse().create(request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * List fields: {@code GET /v1/customMetadataFields}.
	 * @param request whether deleted fields are included and which folder's fields to list
	 * @return the fields
	 */
	default Mono<List<CustomMetadataField>> list(ListCustomMetadataFieldsRequest request) {
		return withResponse().list(request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Change the label or constraints of a field: {@code PATCH /v1/customMetadataFields/{id}}.
	 * @param id the field id
	 * @param request the change
	 * @return the field as changed
	 */
	default Mono<CustomMetadataField> update(String id, UpdateCustomMetadataFieldRequest request) {
		return withResponse().update(id, request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Delete a field: {@code DELETE /v1/customMetadataFields/{id}}. Its name stays taken.
	 * @param id the field id
	 * @return completion
	 */
	default Mono<Void> delete(String id) {
		return withResponse().delete(id).then();
	}

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link CustomMetadataFieldOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code POST /v1/customMetadataFields}.
		 * @param request the field
		 * @return the response, 201
		 * @see CustomMetadataFieldOperations#create(CreateCustomMetadataFieldRequest)
		 */
		Mono<ImageKitResponse<CustomMetadataField>> create(CreateCustomMetadataFieldRequest request);

		/**
		 * {@code GET /v1/customMetadataFields}.
		 * @param request the query
		 * @return the response
		 * @see CustomMetadataFieldOperations#list(ListCustomMetadataFieldsRequest)
		 */
		Mono<ImageKitResponse<List<CustomMetadataField>>> list(ListCustomMetadataFieldsRequest request);

		/**
		 * {@code PATCH /v1/customMetadataFields/{id}}.
		 * @param id the field id
		 * @param request the change
		 * @return the response
		 * @see CustomMetadataFieldOperations#update(String, UpdateCustomMetadataFieldRequest)
		 */
		Mono<ImageKitResponse<CustomMetadataField>> update(String id, UpdateCustomMetadataFieldRequest request);

		/**
		 * {@code DELETE /v1/customMetadataFields/{id}}.
		 * @param id the field id
		 * @return the response, 204
		 * @see CustomMetadataFieldOperations#delete(String)
		 */
		Mono<ImageKitResponse<Void>> delete(String id);

	}

}
