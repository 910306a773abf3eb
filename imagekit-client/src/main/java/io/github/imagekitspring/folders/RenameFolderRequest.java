package io.github.imagekitspring.folders;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * Body of the rename-folder API, {@code POST /v1/bulkJobs/renameFolder}. The root folder cannot be renamed.
 *
 * @param folderPath the folder to rename, such as {@code /path/of/folder}
 * @param newFolderName the new name; ImageKit replaces characters other than letters, digits and {@code -} with
 * {@code _}
 * @param purgeCache whether to purge the CDN cache of the nested files' old URLs (one purge, counted against the
 * quota), or {@code null} for ImageKit's default (no purge)
 */
public record RenameFolderRequest(String folderPath, String newFolderName, @Nullable Boolean purgeCache) {

	public RenameFolderRequest {
		Arguments.requireText(folderPath, "folderPath");
		Arguments.requireText(newFolderName, "newFolderName");
		if (folderPath.strip().equals("/")) {
			throw new IllegalArgumentException("folderPath must not be the root folder");
		}
		if (newFolderName.contains("/")) {
			throw new IllegalArgumentException("newFolderName must be a name, not a path, was '" + newFolderName + "'");
		}
	}

	/**
	 * Rename a folder without purging the cache.
	 * @param folderPath the folder to rename
	 * @param newFolderName the new name
	 * @return the request
	 */
	public static RenameFolderRequest of(String folderPath, String newFolderName) {
		return new RenameFolderRequest(folderPath, newFolderName, null);
	}

	/**
	 * The same request, purging the CDN cache of the old URLs or not.
	 * @param purgeCache whether to purge
	 * @return the request
	 */
	public RenameFolderRequest withPurgeCache(boolean purgeCache) {
		return new RenameFolderRequest(this.folderPath, this.newFolderName, purgeCache);
	}

}
