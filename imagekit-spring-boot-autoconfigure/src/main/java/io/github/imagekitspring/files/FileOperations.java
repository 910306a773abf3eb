package io.github.imagekitspring.files;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitPage;
import io.github.imagekitspring.ImageKitResponse;

/**
 * Files of the media library. Every method is lazy: nothing is sent until subscription, and each subscription sends
 * again. Arguments are checked when the method is called, before anything is sent.
 */
public interface FileOperations {

	/**
	 * List or search one page of files and folders: {@code GET /v1/files}.
	 * @param request the query
	 * @return the page
	 */
	Mono<ImageKitPage<Asset>> list(ListFilesRequest request);

	/**
	 * List or search every matching entry, page by page with {@code skip}/{@code limit} ({@code GET /v1/files}),
	 * until a page is shorter than the limit. Pages are fetched as the subscriber asks for more.
	 * @param request the query; its {@code skip} is the starting point and its {@code limit} the page size
	 * @return every entry
	 */
	Flux<Asset> listAll(ListFilesRequest request);

	/**
	 * Get the details of a file: {@code GET /v1/files/{fileId}/details}.
	 * @param fileId the file id
	 * @return the details
	 */
	Mono<FileDetails> get(String fileId);

	/**
	 * Update the details or the publication status of a file: {@code PATCH /v1/files/{fileId}/details}.
	 * @param fileId the file id
	 * @param request the change
	 * @return the updated details, with {@code extensionStatus} when extensions were requested
	 */
	Mono<FileDetails> update(String fileId, UpdateFileRequest request);

	/**
	 * Delete a file and all its versions: {@code DELETE /v1/files/{fileId}}. The CDN cache is not purged.
	 * @param fileId the file id
	 * @return completion
	 */
	Mono<Void> delete(String fileId);

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

	}

}
