package io.github.imagekitspring.files;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * Body of the rename-file API, {@code PUT /v1/files/rename}. Every version is renamed and the old URLs stop working.
 *
 * @param filePath the full path of the file, such as {@code /path/to/file.jpg}
 * @param newFileName the new name; ImageKit replaces characters other than letters, digits, {@code .}, {@code _}
 * and {@code -} with {@code _}
 * @param purgeCache whether to purge the CDN cache of the old URLs (counted against the purge quota), or
 * {@code null} for ImageKit's default (no purge)
 */
public record RenameFileRequest(String filePath, String newFileName, @Nullable Boolean purgeCache) {

	public RenameFileRequest {
		Arguments.requireText(filePath, "filePath");
		Arguments.requireText(newFileName, "newFileName");
		if (newFileName.contains("/")) {
			throw new IllegalArgumentException("newFileName must be a name, not a path, was '" + newFileName + "'");
		}
	}

	/**
	 * Rename a file without purging the cache.
	 * @param filePath the full path of the file
	 * @param newFileName the new name
	 * @return the request
	 */
	public static RenameFileRequest of(String filePath, String newFileName) {
		return new RenameFileRequest(filePath, newFileName, null);
	}

	/**
	 * The same request, purging the CDN cache of the old URLs or not.
	 * @param purgeCache whether to purge
	 * @return the request
	 */
	public RenameFileRequest withPurgeCache(boolean purgeCache) {
		return new RenameFileRequest(this.filePath, this.newFileName, purgeCache);
	}

}
