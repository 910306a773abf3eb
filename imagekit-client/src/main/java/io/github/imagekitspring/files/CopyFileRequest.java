package io.github.imagekitspring.files;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * Body of the copy-file API, {@code POST /v1/files/copy}. When the destination already holds a file of the same
 * name, ImageKit appends the copy to that file's versions.
 *
 * @param sourceFilePath the full path of the file, such as {@code /path/to/file.jpg}
 * @param destinationPath the folder to copy it into, such as {@code /folder/to/copy/into/}
 * @param includeFileVersions whether every version is copied, or {@code null} for ImageKit's default (only the
 * current version)
 */
public record CopyFileRequest(String sourceFilePath, String destinationPath, @Nullable Boolean includeFileVersions) {

	public CopyFileRequest {
		Arguments.requireText(sourceFilePath, "sourceFilePath");
		Arguments.requireText(destinationPath, "destinationPath");
	}

	/**
	 * Copy the current version of a file into a folder.
	 * @param sourceFilePath the full path of the file
	 * @param destinationPath the folder
	 * @return the request
	 */
	public static CopyFileRequest of(String sourceFilePath, String destinationPath) {
		return new CopyFileRequest(sourceFilePath, destinationPath, null);
	}

	/**
	 * The same request, copying every version of the file or only the current one.
	 * @param includeFileVersions whether every version is copied
	 * @return the request
	 */
	public CopyFileRequest withFileVersions(boolean includeFileVersions) {
		return new CopyFileRequest(this.sourceFilePath, this.destinationPath, includeFileVersions);
	}

}
