package io.github.imagekitspring.emulator.internal;

/** Serving files under the URL endpoint, each delivery counted in the usage. */
record FileDelivery(MediaLibrary library, Usage usage) {

	/** What delivery sends for a found file; {@code blobId} names its bytes. */
	record Delivered(byte[] bytes, String mime, String blobId) {
	}

	/**
	 * The file a GET under the URL endpoint asks for.
	 * @param rawPath the request path after the URL endpoint prefix, e.g. {@code /tr:w-100/a.png}
	 * @param signed whether the URL carried a valid, unexpired signature; private files need one
	 */
	Delivered deliver(String rawPath, boolean signed) {
		Asset a = this.library.findByPath(MediaPaths.filePathOfDeliveryPath(rawPath));
		if (a == null) {
			this.usage.recordDelivery(0, null, 404);
			throw ApiException.notFound("File not found.");
		}
		Version v = a.current();
		if (v.isPrivate && !signed) {
			this.usage.recordDelivery(0, null, 401);
			throw new ApiException(ApiException.Kind.UNAUTHENTICATED, "Private files need a valid signed URL.");
		}
		this.usage.recordDelivery(v.size, v.info.mime(), 200);
		return new Delivered(this.library.blobs().get(v.blobId), v.info.mime(), v.blobId);
	}

	/** The stored file an image layer names, not counted as a delivery; {@code null} when there is none. */
	Delivered layerFile(String filePath) {
		Asset a = this.library.findByPath(filePath);
		if (a == null) {
			return null;
		}
		Version v = a.current();
		return new Delivered(this.library.blobs().get(v.blobId), v.info.mime(), v.blobId);
	}

}
