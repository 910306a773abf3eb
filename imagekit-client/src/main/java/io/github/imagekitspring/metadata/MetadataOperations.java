package io.github.imagekitspring.metadata;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;

/**
 * Metadata of images and videos. Every method is lazy; arguments are checked when the method is called.
 */
public interface MetadataOperations {

	/**
	 * Get the metadata of an uploaded file: {@code GET /v1/files/{fileId}/metadata}.
	 * @param fileId the file id
	 * @return the metadata
	 */
	default Mono<Metadata> get(String fileId) {
		return withResponse().get(fileId).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Get the metadata of a file the account serves, by URL: {@code GET /v1/metadata?url=}. The URL is sent
	 * encoded as a query parameter.
	 * @param url an absolute {@code http} or {@code https} URL reachable through the account, such as
	 * {@code https://ik.imagekit.io/demo/tr:w-100/sample.jpg}
	 * @return the metadata
	 */
	default Mono<Metadata> fromUrl(String url) {
		return withResponse().fromUrl(url).map(ImageKitResponse::requiredBody);
	}

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link MetadataOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code GET /v1/files/{fileId}/metadata}.
		 * @param fileId the file id
		 * @return the response
		 * @see MetadataOperations#get(String)
		 */
		Mono<ImageKitResponse<Metadata>> get(String fileId);

		/**
		 * {@code GET /v1/metadata?url=}.
		 * @param url the URL
		 * @return the response
		 * @see MetadataOperations#fromUrl(String)
		 */
		Mono<ImageKitResponse<Metadata>> fromUrl(String url);

	}

}
