package io.github.imagekitspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitClient;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where and how to reach an ImageKit account. The client is built only from this: by default from the
 * {@code imagekit.*} properties; tests, the emulator and Testcontainers supply their own bean.
 */
public interface ImageKitConnectionDetails extends ConnectionDetails {

	/** The account's private API key. */
	String getPrivateKey();

	/** The account's public API key, or {@code null} if unknown. */
	default @Nullable String getPublicKey() {
		return null;
	}

	/** The URL endpoint that delivers the account's files, or {@code null} if unknown. */
	default @Nullable String getUrlEndpoint() {
		return null;
	}

	/** Base URL of the management API. */
	default String getApiBaseUrl() {
		return ImageKitClient.DEFAULT_API_BASE_URL;
	}

	/** Base URL of the upload API. */
	default String getUploadBaseUrl() {
		return ImageKitClient.DEFAULT_UPLOAD_BASE_URL;
	}

}
