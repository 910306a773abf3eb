package io.github.imagekitspring;

import io.github.imagekitspring.accounts.AccountOperations;
import io.github.imagekitspring.cache.CacheOperations;
import io.github.imagekitspring.custommetadata.CustomMetadataFieldOperations;
import io.github.imagekitspring.files.FileOperations;
import io.github.imagekitspring.folders.FolderOperations;
import io.github.imagekitspring.metadata.MetadataOperations;
import io.github.imagekitspring.namedtransformations.NamedTransformationOperations;
import io.github.imagekitspring.savedextensions.SavedExtensionOperations;
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
	 * Files of the media library: list and search, details, update, delete, bulk delete and tags, copy, move,
	 * rename, and their versions.
	 * @return the file operations
	 */
	FileOperations files();

	/**
	 * Folders: create, delete, and the copy, move and rename bulk jobs.
	 * @return the folder operations
	 */
	FolderOperations folders();

	/**
	 * Image and video metadata, by file id or by URL.
	 * @return the metadata operations
	 */
	MetadataOperations metadata();

	/**
	 * Custom metadata fields: create, list, update, delete.
	 * @return the custom metadata field operations
	 */
	CustomMetadataFieldOperations customMetadataFields();

	/**
	 * The CDN cache: purge and purge status.
	 * @return the cache operations
	 */
	CacheOperations cache();

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

	/**
	 * The account: usage, usage analytics, origins and URL endpoints.
	 * @return the account operations
	 */
	AccountOperations accounts();

	/**
	 * Saved extensions: extension configurations stored under an id for uploads and file updates.
	 * @return the saved extension operations
	 */
	SavedExtensionOperations savedExtensions();

	/**
	 * Named transformations: reusable transformation strings used in URLs as {@code tr:n-<name>}.
	 * @return the named transformation operations
	 */
	NamedTransformationOperations namedTransformations();

}
