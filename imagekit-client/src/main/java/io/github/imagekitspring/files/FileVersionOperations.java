package io.github.imagekitspring.files;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;

/**
 * Versions of a file. Every method is lazy; arguments are checked when the method is called.
 */
public interface FileVersionOperations {

	/**
	 * List every version of a file, the current one included: {@code GET /v1/files/{fileId}/versions}.
	 * @param fileId the file id
	 * @return the versions
	 */
	default Mono<List<FileDetails>> list(String fileId) {
		return withResponse().list(fileId).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Get one version: {@code GET /v1/files/{fileId}/versions/{versionId}}.
	 * @param fileId the file id
	 * @param versionId the version id
	 * @return the version
	 */
	default Mono<FileDetails> get(String fileId, String versionId) {
		return withResponse().get(fileId, versionId).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Delete a version that is not the current one: {@code DELETE /v1/files/{fileId}/versions/{versionId}}.
	 * ImageKit answers 400 for the current version.
	 * @param fileId the file id
	 * @param versionId the version id
	 * @return completion
	 */
	default Mono<Void> delete(String fileId, String versionId) {
		return withResponse().delete(fileId, versionId).then();
	}

	/**
	 * Make a version the current one: {@code PUT /v1/files/{fileId}/versions/{versionId}/restore}.
	 * @param fileId the file id
	 * @param versionId the version id
	 * @return the file as restored
	 */
	default Mono<FileDetails> restore(String fileId, String versionId) {
		return withResponse().restore(fileId, versionId).map(ImageKitResponse::requiredBody);
	}

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link FileVersionOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code GET /v1/files/{fileId}/versions}.
		 * @param fileId the file id
		 * @return the response
		 * @see FileVersionOperations#list(String)
		 */
		Mono<ImageKitResponse<List<FileDetails>>> list(String fileId);

		/**
		 * {@code GET /v1/files/{fileId}/versions/{versionId}}.
		 * @param fileId the file id
		 * @param versionId the version id
		 * @return the response
		 * @see FileVersionOperations#get(String, String)
		 */
		Mono<ImageKitResponse<FileDetails>> get(String fileId, String versionId);

		/**
		 * {@code DELETE /v1/files/{fileId}/versions/{versionId}}.
		 * @param fileId the file id
		 * @param versionId the version id
		 * @return the response
		 * @see FileVersionOperations#delete(String, String)
		 */
		Mono<ImageKitResponse<Void>> delete(String fileId, String versionId);

		/**
		 * {@code PUT /v1/files/{fileId}/versions/{versionId}/restore}.
		 * @param fileId the file id
		 * @param versionId the version id
		 * @return the response
		 * @see FileVersionOperations#restore(String, String)
		 */
		Mono<ImageKitResponse<FileDetails>> restore(String fileId, String versionId);

	}

}
