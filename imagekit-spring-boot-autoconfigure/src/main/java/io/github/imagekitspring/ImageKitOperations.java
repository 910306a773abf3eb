package io.github.imagekitspring;

import io.github.imagekitspring.files.FileOperations;
import io.github.imagekitspring.upload.UploadOperations;
import io.github.imagekitspring.urls.UrlOperations;
import io.github.imagekitspring.webhooks.WebhookVerifier;

/**
 * The ImageKit API, grouped as ImageKit groups it. Inject it, or build one with {@link ImageKitClient#builder()}.
 * Every call is reactive and lazy, checks its arguments before anything is sent, and fails with an
 * {@link ImageKitException}; service errors carry ImageKit's {@code x-ik-requestId}.
 */
public interface ImageKitOperations {

	/**
	 * Files of the media library: list and search, details, update, delete.
	 * @return the file operations
	 */
	FileOperations files();

	/**
	 * Uploads, streamed from the server, and credentials for client-side uploads.
	 * @return the upload operations
	 */
	UploadOperations uploads();

	/**
	 * Delivery URLs, signed with the private key when asked. No request is made.
	 * @return the URL builder for the configured URL endpoint
	 * @throws IllegalStateException if no URL endpoint is configured ({@code imagekit.url-endpoint})
	 */
	UrlOperations urls();

	/**
	 * Verification of the webhooks ImageKit sends to the application.
	 * @return the verifier for the configured webhook secret
	 * @throws IllegalStateException if no webhook secret is configured ({@code imagekit.webhook-secret})
	 */
	WebhookVerifier webhooks();

}
