package io.github.imagekitspring.folders;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What a bulk job does.
 */
public enum BulkJobType {

	COPY_FOLDER,

	MOVE_FOLDER,

	RENAME_FOLDER,

	/** A type this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
