package io.github.imagekitspring.internal.client;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.ImageKitRequest;
import io.github.imagekitspring.custommetadata.CreateCustomMetadataFieldRequest;
import io.github.imagekitspring.custommetadata.CustomMetadataField;
import io.github.imagekitspring.custommetadata.CustomMetadataFieldOperations;
import io.github.imagekitspring.custommetadata.ListCustomMetadataFieldsRequest;
import io.github.imagekitspring.custommetadata.UpdateCustomMetadataFieldRequest;

/**
 * {@link CustomMetadataFieldOperations.WithResponse} over the client's exchange: each call written once; the plain form is
 * {@link CustomMetadataFieldOperations}'s default methods.
 */
public final class CustomMetadataFieldClient implements CustomMetadataFieldOperations.WithResponse {

	private static final TypeReference<List<CustomMetadataField>> FIELDS = new TypeReference<>() {
	};

	private final ImageKitExchange exchange;

	public CustomMetadataFieldClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public Mono<ImageKitResponse<CustomMetadataField>> create(CreateCustomMetadataFieldRequest request) {
		return this.exchange
			.exchange(ImageKitRequest.of(ImageKitOperation.CUSTOM_METADATA_FIELDS_CREATE)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), CustomMetadataField.class);
	}

	@Override
	public Mono<ImageKitResponse<List<CustomMetadataField>>> list(ListCustomMetadataFieldsRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.exchange
			.exchange(ImageKitRequest.of(ImageKitOperation.CUSTOM_METADATA_FIELDS_LIST)
				.queryParam("includeDeleted", request.includeDeleted())
				.queryParam("folderPath", request.folderPath())
				.build(), FIELDS);
	}

	@Override
	public Mono<ImageKitResponse<CustomMetadataField>> update(String id, UpdateCustomMetadataFieldRequest request) {
		return this.exchange
			.exchange(ImageKitRequest.of(ImageKitOperation.CUSTOM_METADATA_FIELDS_UPDATE)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), CustomMetadataField.class);
	}

	@Override
	public Mono<ImageKitResponse<Void>> delete(String id) {
		return this.exchange
			.exchange(ImageKitRequest.of(ImageKitOperation.CUSTOM_METADATA_FIELDS_DELETE)
				.pathVariable("id", Arguments.requireResourceId(id, "id"))
				.build());
	}

}
