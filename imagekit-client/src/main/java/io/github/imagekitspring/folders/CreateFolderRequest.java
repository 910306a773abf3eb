package io.github.imagekitspring.folders;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * Body of the create-folder API, {@code POST /v1/folder}. Missing parent folders are created too.
 *
 * @param folderName the name; ImageKit replaces characters other than letters and digits with {@code _}
 * @param parentFolderPath where to create it: {@code /} for the root, or a path such as {@code /product/images/}
 */
public record CreateFolderRequest(String folderName, String parentFolderPath) {

	public CreateFolderRequest {
		Arguments.requireText(folderName, "folderName");
		Arguments.requireText(parentFolderPath, "parentFolderPath");
		if (folderName.contains("/")) {
			throw new IllegalArgumentException("folderName must be a name, not a path, was '" + folderName + "'");
		}
	}

}
