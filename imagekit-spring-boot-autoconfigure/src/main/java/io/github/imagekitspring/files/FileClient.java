package io.github.imagekitspring.files;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import io.github.imagekitspring.ImageKitPage;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.Arguments;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;
import io.github.imagekitspring.http.ImageKitRequest;

/**
 * {@link FileOperations} over the client's exchange.
 */
public final class FileClient implements FileOperations {

	private static final TypeReference<List<Asset>> ASSETS = new TypeReference<>() {
	};

	private final ImageKitExchange exchange;

	private final Responses responses = new Responses();

	public FileClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public Mono<ImageKitPage<Asset>> list(ListFilesRequest request) {
		return this.responses.list(request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Flux<Asset> listAll(ListFilesRequest request) {
		Arguments.requireNonNull(request, "request");
		return list(request)
			.expand((page) -> page.hasNextPage() ? list(request.toBuilder().skip(page.nextSkip()).build())
					: Mono.empty())
			.concatMapIterable(ImageKitPage::items);
	}

	@Override
	public Mono<FileDetails> get(String fileId) {
		return this.responses.get(fileId).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<FileDetails> update(String fileId, UpdateFileRequest request) {
		return this.responses.update(fileId, request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<Void> delete(String fileId) {
		return this.responses.delete(fileId).then();
	}

	@Override
	public WithResponse withResponse() {
		return this.responses;
	}

	private final class Responses implements WithResponse {

		@Override
		public Mono<ImageKitResponse<ImageKitPage<Asset>>> list(ListFilesRequest request) {
			Arguments.requireNonNull(request, "request");
			ImageKitRequest httpRequest = ImageKitRequest.of(ImageKitOperation.FILES_LIST)
				.queryParam("type", request.type())
				.queryParam("sort", request.sort())
				.queryParam("path", request.path())
				.queryParam("searchQuery", request.searchQuery())
				.queryParam("fileType", request.fileType())
				.queryParam("limit", request.limit())
				.queryParam("skip", request.skip())
				.build();
			int skip = (request.skip() != null) ? request.skip() : 0;
			return FileClient.this.exchange.exchange(httpRequest, ASSETS)
				.map((response) -> response.map((items) -> new ImageKitPage<>(items, skip, request.effectiveLimit())));
		}

		@Override
		public Mono<ImageKitResponse<FileDetails>> get(String fileId) {
			return FileClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_GET)
				.pathVariable("fileId", Arguments.requireId(fileId, "fileId"))
				.build(), FileDetails.class);
		}

		@Override
		public Mono<ImageKitResponse<FileDetails>> update(String fileId, UpdateFileRequest request) {
			return FileClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_UPDATE)
				.pathVariable("fileId", Arguments.requireId(fileId, "fileId"))
				.jsonBody(Arguments.requireNonNull(request, "request").body())
				.build(), FileDetails.class);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String fileId) {
			return FileClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_DELETE)
				.pathVariable("fileId", Arguments.requireId(fileId, "fileId"))
				.build());
		}

	}

}
