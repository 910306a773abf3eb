package io.github.imagekitspring.files;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.Arguments;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;
import io.github.imagekitspring.http.ImageKitRequest;

/**
 * {@link FileVersionOperations} over the client's exchange.
 */
final class FileVersionClient implements FileVersionOperations {

	private static final TypeReference<List<FileDetails>> VERSIONS = new TypeReference<>() {
	};

	private final ImageKitExchange exchange;

	private final Responses responses = new Responses();

	FileVersionClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public Mono<List<FileDetails>> list(String fileId) {
		return this.responses.list(fileId).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<FileDetails> get(String fileId, String versionId) {
		return this.responses.get(fileId, versionId).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<Void> delete(String fileId, String versionId) {
		return this.responses.delete(fileId, versionId).then();
	}

	@Override
	public Mono<FileDetails> restore(String fileId, String versionId) {
		return this.responses.restore(fileId, versionId).map(ImageKitResponse::requiredBody);
	}

	@Override
	public WithResponse withResponse() {
		return this.responses;
	}

	private static ImageKitRequest version(ImageKitOperation operation, String fileId, String versionId) {
		return ImageKitRequest.of(operation)
			.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
			.pathVariable("versionId", Arguments.requireResourceId(versionId, "versionId"))
			.build();
	}

	private final class Responses implements WithResponse {

		@Override
		public Mono<ImageKitResponse<List<FileDetails>>> list(String fileId) {
			return FileVersionClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILE_VERSIONS_LIST)
				.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
				.build(), VERSIONS);
		}

		@Override
		public Mono<ImageKitResponse<FileDetails>> get(String fileId, String versionId) {
			return FileVersionClient.this.exchange
				.exchange(version(ImageKitOperation.FILE_VERSIONS_GET, fileId, versionId), FileDetails.class);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String fileId, String versionId) {
			return FileVersionClient.this.exchange
				.exchange(version(ImageKitOperation.FILE_VERSIONS_DELETE, fileId, versionId));
		}

		@Override
		public Mono<ImageKitResponse<FileDetails>> restore(String fileId, String versionId) {
			return FileVersionClient.this.exchange
				.exchange(version(ImageKitOperation.FILE_VERSIONS_RESTORE, fileId, versionId), FileDetails.class);
		}

	}

}
