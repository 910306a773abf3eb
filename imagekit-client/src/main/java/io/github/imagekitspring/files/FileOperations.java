package io.github.imagekitspring.files;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.ImageKitPage;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.errors.ImageKitCallTimeoutException;
import io.github.imagekitspring.internal.http.Arguments;

/**
 * Files of the media library. Every method is lazy: nothing is sent until subscription, and each subscription sends
 * again. Arguments are checked when the method is called, before anything is sent.
 */
public interface FileOperations {

	/** The most file ids one bulk delete takes. */
	int MAX_BULK_DELETE = 100;

	/** The most file ids one bulk tag change takes. */
	int MAX_BULK_TAG_FILES = 50;

	/** The most characters the tags of one add-tags call may have together. */
	int MAX_TAGS_LENGTH = 500;

	/**
	 * List or search one page of files and folders: {@code GET /v1/files}.
	 * @param request the query
	 * @return the page
	 */
	default Mono<ImageKitPage<Asset>> list(ListFilesRequest request) {
		return withResponse().list(request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * List or search every matching entry, page by page with {@code skip}/{@code limit} ({@code GET /v1/files}),
	 * until a page is shorter than the limit. Pages are fetched as the subscriber asks for more, at most one ahead
	 * of it. The client's {@code listAllTimeout} (10 minutes by default) is the deadline of the whole listing.
	 * @param request the query; its {@code skip} is the starting point and its {@code limit} the page size
	 * @return every entry
	 */
	default Flux<Asset> listAll(ListFilesRequest request) {
		return pages(this, request, null);
	}

	/**
	 * {@link #listAll(ListFilesRequest)} with its own deadline for the whole listing, every page, retry and wait
	 * included: past it the flux fails with an {@link ImageKitCallTimeoutException}.
	 * @param request the query; its {@code skip} is the starting point and its {@code limit} the page size
	 * @param timeout the deadline
	 * @return every entry
	 */
	default Flux<Asset> listAll(ListFilesRequest request, Duration timeout) {
		return pages(this, request, Arguments.requirePositive(timeout, "timeout"));
	}

	private static Flux<Asset> pages(FileOperations files, ListFilesRequest request, @Nullable Duration timeout) {
		Arguments.requireNonNull(request, "request");
		return Flux.defer(() -> {
			long deadline = (timeout != null) ? System.nanoTime() + timeout.toNanos() : 0;
			AtomicInteger sent = new AtomicInteger();
			Function<ListFilesRequest, Mono<ImageKitPage<Asset>>> fetch = (pageRequest) -> {
				sent.incrementAndGet();
				return (timeout != null) ? withinDeadline(files.list(pageRequest), deadline, timeout, sent)
						: files.list(pageRequest);
			};
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
	private static <T> Mono<T> withinDeadline(Mono<T> page, long deadline, Duration timeout, AtomicInteger sent) {
		return Mono.defer(() -> {
			long left = deadline - System.nanoTime();
			Mono<T> late = Mono.error(() -> new ImageKitCallTimeoutException(ImageKitOperation.FILES_LIST.id(),
					sent.get(), "listAll did not end within its deadline of " + timeout
							+ " (imagekit.retry.list-all-timeout), every page, retry and wait included",
					timeout));
			return (left > 0) ? page.timeout(Duration.ofNanos(left), late) : late;
		});
	}

	/**
	 * Get the details of a file: {@code GET /v1/files/{fileId}/details}.
	 * @param fileId the file id
	 * @return the details
	 */
	default Mono<FileDetails> get(String fileId) {
		return withResponse().get(fileId).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Update the details or the publication status of a file: {@code PATCH /v1/files/{fileId}/details}.
	 * @param fileId the file id
	 * @param request the change
	 * @return the updated details, with {@code extensionStatus} when extensions were requested
	 */
	default Mono<FileDetails> update(String fileId, UpdateFileRequest request) {
		return withResponse().update(fileId, request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Delete a file and all its versions: {@code DELETE /v1/files/{fileId}}. The CDN cache is not purged.
	 * @param fileId the file id
	 * @return completion
	 */
	default Mono<Void> delete(String fileId) {
		return withResponse().delete(fileId).then();
	}

	/**
	 * Delete up to {@value #MAX_BULK_DELETE} files and all their versions:
	 * {@code POST /v1/files/batch/deleteByFileIds}. A 207 partial success is a result, not an error; a 404 (some ids
	 * do not exist) fails with a {@link io.github.imagekitspring.errors.NotFoundException} that lists the
	 * {@code missingFileIds}. The CDN cache is not purged.
	 * @param fileIds 1 to 100 file ids
	 * @return which files were deleted and which were not
	 */
	default Mono<BulkDeleteResult> bulkDelete(List<String> fileIds) {
		return withResponse().bulkDelete(fileIds).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Add tags to up to {@value #MAX_BULK_TAG_FILES} files: {@code POST /v1/files/addTags}. A 207 partial success is
	 * a result; a 404 lists the {@code missingFileIds}.
	 * @param fileIds 1 to 50 file ids
	 * @param tags the tags, at least one, at most {@value #MAX_TAGS_LENGTH} characters together
	 * @return which files were updated and which were not
	 */
	default Mono<BulkTagResult> addTags(List<String> fileIds, List<String> tags) {
		return withResponse().addTags(fileIds, tags).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Remove tags from up to {@value #MAX_BULK_TAG_FILES} files: {@code POST /v1/files/removeTags}.
	 * @param fileIds 1 to 50 file ids
	 * @param tags the tags, at least one
	 * @return which files were updated and which were not
	 */
	default Mono<BulkTagResult> removeTags(List<String> fileIds, List<String> tags) {
		return withResponse().removeTags(fileIds, tags).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Remove AI tags from up to {@value #MAX_BULK_TAG_FILES} files: {@code POST /v1/files/removeAITags}.
	 * @param fileIds 1 to 50 file ids
	 * @param aiTags the AI tags, at least one
	 * @return which files were updated and which were not
	 */
	default Mono<BulkTagResult> removeAITags(List<String> fileIds, List<String> aiTags) {
		return withResponse().removeAITags(fileIds, aiTags).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Copy a file into a folder: {@code POST /v1/files/copy}. A missing source fails with a
	 * {@link io.github.imagekitspring.errors.NotFoundException} with reason {@code SOURCE_FILE_MISSING}.
	 * @param request the source, the destination and whether versions are copied
	 * @return completion
	 */
	default Mono<Void> copy(CopyFileRequest request) {
		return withResponse().copy(request).then();
	}

	/**
	 * Move a file and all its versions into a folder: {@code POST /v1/files/move}.
	 * @param request the source and the destination
	 * @return completion
	 */
	default Mono<Void> move(MoveFileRequest request) {
		return withResponse().move(request).then();
	}

	/**
	 * Rename a file and all its versions: {@code PUT /v1/files/rename}. A name already taken fails with a
	 * {@link io.github.imagekitspring.errors.ConflictException} with reason {@code FILE_ALREADY_EXISTS}.
	 * @param request the file, its new name and whether to purge the old URLs
	 * @return the purge started, or that it was skipped
	 */
	default Mono<RenameFileResult> rename(RenameFileRequest request) {
		return withResponse().rename(request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * The versions of files: list, get, delete, restore.
	 * @return the version operations
	 */
	FileVersionOperations versions();

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link FileOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code GET /v1/files}.
		 * @param request the query
		 * @return the response
		 * @see FileOperations#list(ListFilesRequest)
		 */
		Mono<ImageKitResponse<ImageKitPage<Asset>>> list(ListFilesRequest request);

		/**
		 * {@code GET /v1/files/{fileId}/details}.
		 * @param fileId the file id
		 * @return the response
		 * @see FileOperations#get(String)
		 */
		Mono<ImageKitResponse<FileDetails>> get(String fileId);

		/**
		 * {@code PATCH /v1/files/{fileId}/details}.
		 * @param fileId the file id
		 * @param request the change
		 * @return the response
		 * @see FileOperations#update(String, UpdateFileRequest)
		 */
		Mono<ImageKitResponse<FileDetails>> update(String fileId, UpdateFileRequest request);

		/**
		 * {@code DELETE /v1/files/{fileId}}.
		 * @param fileId the file id
		 * @return the response
		 * @see FileOperations#delete(String)
		 */
		Mono<ImageKitResponse<Void>> delete(String fileId);

		/**
		 * {@code POST /v1/files/batch/deleteByFileIds}.
		 * @param fileIds 1 to 100 file ids
		 * @return the response, 200 or 207
		 * @see FileOperations#bulkDelete(List)
		 */
		Mono<ImageKitResponse<BulkDeleteResult>> bulkDelete(List<String> fileIds);

		/**
		 * {@code POST /v1/files/addTags}.
		 * @param fileIds 1 to 50 file ids
		 * @param tags the tags
		 * @return the response, 200 or 207
		 * @see FileOperations#addTags(List, List)
		 */
		Mono<ImageKitResponse<BulkTagResult>> addTags(List<String> fileIds, List<String> tags);

		/**
		 * {@code POST /v1/files/removeTags}.
		 * @param fileIds 1 to 50 file ids
		 * @param tags the tags
		 * @return the response, 200 or 207
		 * @see FileOperations#removeTags(List, List)
		 */
		Mono<ImageKitResponse<BulkTagResult>> removeTags(List<String> fileIds, List<String> tags);

		/**
		 * {@code POST /v1/files/removeAITags}.
		 * @param fileIds 1 to 50 file ids
		 * @param aiTags the AI tags
		 * @return the response, 200 or 207
		 * @see FileOperations#removeAITags(List, List)
		 */
		Mono<ImageKitResponse<BulkTagResult>> removeAITags(List<String> fileIds, List<String> aiTags);

		/**
		 * {@code POST /v1/files/copy}.
		 * @param request the copy
		 * @return the response
		 * @see FileOperations#copy(CopyFileRequest)
		 */
		Mono<ImageKitResponse<Void>> copy(CopyFileRequest request);

		/**
		 * {@code POST /v1/files/move}.
		 * @param request the move
		 * @return the response
		 * @see FileOperations#move(MoveFileRequest)
		 */
		Mono<ImageKitResponse<Void>> move(MoveFileRequest request);

		/**
		 * {@code PUT /v1/files/rename}.
		 * @param request the rename
		 * @return the response, 200 or 207
		 * @see FileOperations#rename(RenameFileRequest)
		 */
		Mono<ImageKitResponse<RenameFileResult>> rename(RenameFileRequest request);

	}

}
