package io.github.imagekitspring.files;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * Body of the move-file API, {@code POST /v1/files/move}. Every version of the file moves.
 *
 * @param sourceFilePath the full path of the file, such as {@code /path/to/file.jpg}
 * @param destinationPath the folder to move it into, such as {@code /folder/to/move/into/}
 */
public record MoveFileRequest(String sourceFilePath, String destinationPath) {

	public MoveFileRequest {
		Arguments.requireText(sourceFilePath, "sourceFilePath");
		Arguments.requireText(destinationPath, "destinationPath");
	}

}
