package io.github.imagekitspring.files;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer of a bulk tag change (add tags, remove tags, remove AI tags): 200 when every file was updated, 207
 * when only some were.
 *
 * @param successfullyUpdatedFileIds the files updated
 * @param errors the files not updated, with ImageKit's reason; empty unless the answer was 207
 */
public record BulkTagResult(List<String> successfullyUpdatedFileIds, List<BulkFileError> errors) {

	public BulkTagResult(@Nullable List<String> successfullyUpdatedFileIds, @Nullable List<BulkFileError> errors) {
		this.successfullyUpdatedFileIds = (successfullyUpdatedFileIds != null) ? List.copyOf(successfullyUpdatedFileIds)
				: List.of();
		this.errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	/** Whether some files were not updated (a 207 answer). */
	public boolean isPartial() {
		return !this.errors.isEmpty();
	}

}
