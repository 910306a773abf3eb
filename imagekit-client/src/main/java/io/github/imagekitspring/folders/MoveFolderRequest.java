package io.github.imagekitspring.folders;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * Body of the move-folder API, {@code POST /v1/bulkJobs/moveFolder}.
 *
 * @param sourceFolderPath the folder to move, such as {@code /path/of/source/folder}
 * @param destinationPath the folder to move it into
 */
public record MoveFolderRequest(String sourceFolderPath, String destinationPath) {

	public MoveFolderRequest {
		Arguments.requireText(sourceFolderPath, "sourceFolderPath");
		Arguments.requireText(destinationPath, "destinationPath");
	}

}
