package io.github.imagekitspring.folders;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of a bulk job.
 */
public enum BulkJobStatus {

	/** Still running. */
	@JsonProperty("Pending")
	PENDING,

	/** Done. */
	@JsonProperty("Completed")
	COMPLETED,

	/** A folder rename is done but the purge of the old URLs failed (a 207 answer). */
	@JsonProperty("Partial success")
	PARTIAL_SUCCESS,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/** Whether the job has stopped: {@link #COMPLETED} or {@link #PARTIAL_SUCCESS}. */
	public boolean isFinished() {
		return this == COMPLETED || this == PARTIAL_SUCCESS;
	}

}
