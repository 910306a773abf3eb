package io.github.imagekitspring;

import io.github.imagekitspring.accounts.AccountOperations;
import io.github.imagekitspring.files.FileOperations;
import io.github.imagekitspring.namedtransformations.NamedTransformationOperations;
import io.github.imagekitspring.savedextensions.SavedExtensionOperations;

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
