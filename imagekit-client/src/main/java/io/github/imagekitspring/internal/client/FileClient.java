package io.github.imagekitspring.internal.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import io.github.imagekitspring.ImageKitPage;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.ImageKitRequest;
import io.github.imagekitspring.files.Asset;
import io.github.imagekitspring.files.BulkDeleteResult;
import io.github.imagekitspring.files.BulkTagResult;
import io.github.imagekitspring.files.CopyFileRequest;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.FileOperations;
import io.github.imagekitspring.files.FileVersionOperations;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.files.MoveFileRequest;
import io.github.imagekitspring.files.RenameFileRequest;
import io.github.imagekitspring.files.RenameFileResult;
import io.github.imagekitspring.files.UpdateFileRequest;

import static io.github.imagekitspring.files.FileOperations.MAX_BULK_DELETE;
import static io.github.imagekitspring.files.FileOperations.MAX_BULK_TAG_FILES;
import static io.github.imagekitspring.files.FileOperations.MAX_TAGS_LENGTH;

/**
 * {@link FileOperations.WithResponse} over the client's exchange: each call written once; the plain form is
 * {@link FileOperations}'s default methods.
 */
public final class FileClient implements FileOperations.WithResponse {

	private static final TypeReference<List<Asset>> ASSETS = new TypeReference<>() {
	};

	private final ImageKitExchange exchange;

	private FileClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * The file operations over an exchange.
	 * @param exchange the client's exchange
	 * @param listAllTimeout the deadline of a whole {@code listAll}, or {@code null} for none
	 * @return the file operations, their versions included
	 */
	public static FileOperations operations(ImageKitExchange exchange, @Nullable Duration listAllTimeout) {
		FileVersionClient versions = new FileVersionClient(exchange);
		return new Operations(new FileClient(exchange), () -> versions, listAllTimeout);
	}

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
		return this.exchange.exchange(httpRequest, ASSETS)
			.map((response) -> response.map((items) -> new ImageKitPage<>(items, skip, request.effectiveLimit())));
	}

	@Override
	public Mono<ImageKitResponse<FileDetails>> get(String fileId) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_GET)
			.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
			.build(), FileDetails.class);
	}

	@Override
	public Mono<ImageKitResponse<FileDetails>> update(String fileId, UpdateFileRequest request) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_UPDATE)
			.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
			.jsonBody(Arguments.requireNonNull(request, "request").body())
			.build(), FileDetails.class);
	}

	@Override
	public Mono<ImageKitResponse<Void>> delete(String fileId) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_DELETE)
			.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
			.build());
	}

	@Override
	public Mono<ImageKitResponse<BulkDeleteResult>> bulkDelete(List<String> fileIds) {
		List<String> ids = List.copyOf(Arguments.requireIds(fileIds, MAX_BULK_DELETE, "fileIds"));
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_BULK_DELETE)
			.jsonBody(Map.of("fileIds", ids))
			.build(), BulkDeleteResult.class);
	}

	@Override
	public Mono<ImageKitResponse<BulkTagResult>> addTags(List<String> fileIds, List<String> tags) {
		List<String> checkedTags = tags(tags, "tags");
		int length = checkedTags.stream().mapToInt(String::length).sum();
		if (length > MAX_TAGS_LENGTH) {
			throw new IllegalArgumentException(
					"tags must have at most " + MAX_TAGS_LENGTH + " characters together, had " + length);
		}
		return bulkTags(ImageKitOperation.FILES_ADD_TAGS, fileIds, "tags", checkedTags);
	}

	@Override
	public Mono<ImageKitResponse<BulkTagResult>> removeTags(List<String> fileIds, List<String> tags) {
		return bulkTags(ImageKitOperation.FILES_REMOVE_TAGS, fileIds, "tags", tags(tags, "tags"));
	}

	@Override
	public Mono<ImageKitResponse<BulkTagResult>> removeAITags(List<String> fileIds, List<String> aiTags) {
		return bulkTags(ImageKitOperation.FILES_REMOVE_AI_TAGS, fileIds, "AITags", tags(aiTags, "aiTags"));
	}

	private Mono<ImageKitResponse<BulkTagResult>> bulkTags(ImageKitOperation operation, List<String> fileIds,
			String tagsField, List<String> tags) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fileIds", List.copyOf(Arguments.requireIds(fileIds, MAX_BULK_TAG_FILES, "fileIds")));
		body.put(tagsField, tags);
		return this.exchange.exchange(ImageKitRequest.of(operation).jsonBody(body).build(),
				BulkTagResult.class);
	}

	private static List<String> tags(List<String> tags, String name) {
		return List.copyOf(Arguments.requireIds(tags, Integer.MAX_VALUE, name));
	}

	@Override
	public Mono<ImageKitResponse<Void>> copy(CopyFileRequest request) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_COPY)
			.jsonBody(Arguments.requireNonNull(request, "request"))
			.build());
	}

	@Override
	public Mono<ImageKitResponse<Void>> move(MoveFileRequest request) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_MOVE)
			.jsonBody(Arguments.requireNonNull(request, "request"))
			.build());
	}

	@Override
	public Mono<ImageKitResponse<RenameFileResult>> rename(RenameFileRequest request) {
		return this.exchange.<RenameAnswer>exchange(ImageKitRequest.of(ImageKitOperation.FILES_RENAME)
			.jsonBody(Arguments.requireNonNull(request, "request"))
			.build(), (status) -> RenameAnswer.class, (status) -> true).map(FileClient::renameResult);
	}

	/**
	 * 200 carries the purge request id (an empty object, or no body, without purge); 207 says the purge was
	 * skipped.
	 */
	private static ImageKitResponse<RenameFileResult> renameResult(ImageKitResponse<RenameAnswer> response) {
		RenameAnswer answer = (response.body() != null) ? response.body() : new RenameAnswer(null, null, null, null);
		boolean skipped = response.statusCode() == 207;
		return new ImageKitResponse<>(response.statusCode(), response.headers(), response.requestId(),
				new RenameFileResult(answer.purgeRequestId(), skipped, answer.reason(), answer.message(),
						answer.help()));
	}

	private record Operations(WithResponse withResponse, FileVersionOperations versions,
			@Nullable Duration listAllTimeout) implements FileOperations {

		@Override
		public Flux<Asset> listAll(ListFilesRequest request) {
			return (this.listAllTimeout != null) ? listAll(request, this.listAllTimeout)
					: FileOperations.super.listAll(request);
		}

	}

	private record RenameAnswer(@JsonProperty("purgeRequestId") @Nullable String purgeRequestId,
			@JsonProperty("reason") @Nullable String reason, @JsonProperty("message") @Nullable String message,
			@JsonProperty("help") @Nullable String help) {
	}

}
