package io.github.imagekitspring.files;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer of a bulk delete: 200 when every file was deleted, 207 when only some were.
 *
 * @param successfullyDeletedFileIds the files deleted
 * @param errors the files not deleted, with ImageKit's reason; empty unless the answer was 207
 */
public record BulkDeleteResult(List<String> successfullyDeletedFileIds, List<BulkFileError> errors) {

	public BulkDeleteResult(@Nullable List<String> successfullyDeletedFileIds, @Nullable List<BulkFileError> errors) {
		this.successfullyDeletedFileIds = (successfullyDeletedFileIds != null) ? List.copyOf(successfullyDeletedFileIds)
				: List.of();
		this.errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	/** Whether some files were not deleted (a 207 answer). */
	public boolean isPartial() {
		return !this.errors.isEmpty();
	}

}
