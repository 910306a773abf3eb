package io.github.imagekitspring.files;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import io.github.imagekitspring.ImageKitPage;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.errors.ImageKitCallTimeoutException;
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

	private final FileVersionOperations versions;

	private final @Nullable Duration listAllTimeout;

	/**
	 * Create the file operations.
	 * @param exchange the exchange
	 * @param listAllTimeout the deadline of a whole {@link #listAll(ListFilesRequest)}, or {@code null} for none
	 */
	public FileClient(ImageKitExchange exchange, @Nullable Duration listAllTimeout) {
		this.exchange = exchange;
		this.versions = new FileVersionClient(exchange);
		this.listAllTimeout = listAllTimeout;
	}

	@Override
	public Mono<ImageKitPage<Asset>> list(ListFilesRequest request) {
		return this.responses.list(request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Flux<Asset> listAll(ListFilesRequest request) {
		return pages(request, this.listAllTimeout);
	}

	@Override
	public Flux<Asset> listAll(ListFilesRequest request, Duration timeout) {
		return pages(request, Arguments.requirePositive(timeout, "timeout"));
	}

	private Flux<Asset> pages(ListFilesRequest request, @Nullable Duration timeout) {
		Arguments.requireNonNull(request, "request");
		return Flux.defer(() -> {
			long deadline = (timeout != null) ? System.nanoTime() + timeout.toNanos() : 0;
			Function<ListFilesRequest, Mono<ImageKitPage<Asset>>> fetch = (timeout != null)
					? (pageRequest) -> withinDeadline(list(pageRequest), deadline, timeout) : this::list;
			// expand subscribes to the next page as soon as it has this one; the request goes out only when the
			// next page is asked for. With prefetch 1 it is asked for when the consumer starts on this one: one
			// page ahead at most, not 32.
			Function<ListFilesRequest, Mono<ImageKitPage<Asset>>> page = (pageRequest) -> Mono.just(pageRequest)
				.flatMap(fetch);
			return page.apply(request)
				.expand((current) -> current.hasNextPage()
						? page.apply(request.toBuilder().skip(current.nextSkip()).build()) : Mono.empty())
				.concatMapIterable(ImageKitPage::items, 1);
		});
	}

	/** A page fetched within what is left of the listing's deadline, so the deadline holds for the whole listing. */
	private static <T> Mono<T> withinDeadline(Mono<T> page, long deadline, Duration timeout) {
		return Mono.defer(() -> {
			long left = deadline - System.nanoTime();
			Mono<T> late = Mono.error(() -> new ImageKitCallTimeoutException(ImageKitOperation.FILES_LIST.id(),
					"listAll did not end within its deadline of " + timeout
							+ " (imagekit.retry.list-all-timeout), every page, retry and wait included",
					timeout));
			return (left > 0) ? page.timeout(Duration.ofNanos(left), late) : late;
		});
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
	public Mono<BulkDeleteResult> bulkDelete(List<String> fileIds) {
		return this.responses.bulkDelete(fileIds).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<BulkTagResult> addTags(List<String> fileIds, List<String> tags) {
		return this.responses.addTags(fileIds, tags).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<BulkTagResult> removeTags(List<String> fileIds, List<String> tags) {
		return this.responses.removeTags(fileIds, tags).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<BulkTagResult> removeAITags(List<String> fileIds, List<String> aiTags) {
		return this.responses.removeAITags(fileIds, aiTags).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<Void> copy(CopyFileRequest request) {
		return this.responses.copy(request).then();
	}

	@Override
	public Mono<Void> move(MoveFileRequest request) {
		return this.responses.move(request).then();
	}

	@Override
	public Mono<RenameFileResult> rename(RenameFileRequest request) {
		return this.responses.rename(request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public FileVersionOperations versions() {
		return this.versions;
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
				.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
				.build(), FileDetails.class);
		}

		@Override
		public Mono<ImageKitResponse<FileDetails>> update(String fileId, UpdateFileRequest request) {
			return FileClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_UPDATE)
				.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
				.jsonBody(Arguments.requireNonNull(request, "request").body())
				.build(), FileDetails.class);
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String fileId) {
			return FileClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_DELETE)
				.pathVariable("fileId", Arguments.requireResourceId(fileId, "fileId"))
				.build());
		}

		@Override
		public Mono<ImageKitResponse<BulkDeleteResult>> bulkDelete(List<String> fileIds) {
			List<String> ids = List.copyOf(Arguments.requireIds(fileIds, MAX_BULK_DELETE, "fileIds"));
			return FileClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_BULK_DELETE)
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
			return FileClient.this.exchange.exchange(ImageKitRequest.of(operation).jsonBody(body).build(),
					BulkTagResult.class);
		}

		private static List<String> tags(List<String> tags, String name) {
			return List.copyOf(Arguments.requireIds(tags, Integer.MAX_VALUE, name));
		}

		@Override
		public Mono<ImageKitResponse<Void>> copy(CopyFileRequest request) {
			return FileClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_COPY)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build());
		}

		@Override
		public Mono<ImageKitResponse<Void>> move(MoveFileRequest request) {
			return FileClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FILES_MOVE)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build());
		}

		@Override
		public Mono<ImageKitResponse<RenameFileResult>> rename(RenameFileRequest request) {
			return FileClient.this.exchange.<RenameAnswer>exchange(ImageKitRequest.of(ImageKitOperation.FILES_RENAME)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), (status) -> RenameAnswer.class, (status) -> true).map(FileClient::renameResult);
		}

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

	private record RenameAnswer(@JsonProperty("purgeRequestId") @Nullable String purgeRequestId,
			@JsonProperty("reason") @Nullable String reason, @JsonProperty("message") @Nullable String message,
			@JsonProperty("help") @Nullable String help) {
	}

}
