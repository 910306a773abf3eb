package io.github.imagekitspring.internal.client;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.ImageKitRequest;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.FileVersionOperations;

/**
 * {@link FileVersionOperations.WithResponse} over the client's exchange: each call written once; the plain form is
 * {@link FileVersionOperations}'s default methods.
 */
final class FileVersionClient implements FileVersionOperations.WithResponse {

	private static final TypeReference<List<FileDetails>> VERSIONS = new TypeReference<>() {
	};

	private final ImageKitExchange exchange;

	FileVersionClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	private static ImageKitRequest version(ImageKitOperation operation, String fileId, String versionId) {
		return ImageKitRequest.of(operation)
			.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
			.pathVariable("versionId", Arguments.requireResourceId(versionId, "versionId"))
			.build();
	}

	@Override
	public Mono<ImageKitResponse<List<FileDetails>>> list(String fileId) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILE_VERSIONS_LIST)
			.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
			.build(), VERSIONS);
	}

	@Override
	public Mono<ImageKitResponse<FileDetails>> get(String fileId, String versionId) {
		return this.exchange
			.exchange(version(ImageKitOperation.FILE_VERSIONS_GET, fileId, versionId), FileDetails.class);
	}

	@Override
	public Mono<ImageKitResponse<Void>> delete(String fileId, String versionId) {
		return this.exchange
			.exchange(version(ImageKitOperation.FILE_VERSIONS_DELETE, fileId, versionId));
	}

	@Override
	public Mono<ImageKitResponse<FileDetails>> restore(String fileId, String versionId) {
		return this.exchange
			.exchange(version(ImageKitOperation.FILE_VERSIONS_RESTORE, fileId, versionId), FileDetails.class);
	}

}
