package io.github.imagekitspring.folders;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * Body of the copy-folder API, {@code POST /v1/bulkJobs/copyFolder}.
 *
 * @param sourceFolderPath the folder to copy, such as {@code /path/of/source/folder}
 * @param destinationPath the folder to copy it into
 * @param includeVersions whether every version of the nested files is copied, or {@code null} for ImageKit's default
 * (only the current versions)
 */
public record CopyFolderRequest(String sourceFolderPath, String destinationPath, @Nullable Boolean includeVersions) {

	public CopyFolderRequest {
		Arguments.requireText(sourceFolderPath, "sourceFolderPath");
		Arguments.requireText(destinationPath, "destinationPath");
	}

	/**
	 * Copy a folder with the current versions of its files.
	 * @param sourceFolderPath the folder to copy
	 * @param destinationPath the folder to copy it into
	 * @return the request
	 */
	public static CopyFolderRequest of(String sourceFolderPath, String destinationPath) {
		return new CopyFolderRequest(sourceFolderPath, destinationPath, null);
	}

	/**
	 * The same request, copying every version of the nested files or only the current ones.
	 * @param includeVersions whether every version is copied
	 * @return the request
	 */
	public CopyFolderRequest withVersions(boolean includeVersions) {
		return new CopyFolderRequest(this.sourceFolderPath, this.destinationPath, includeVersions);
	}

}
