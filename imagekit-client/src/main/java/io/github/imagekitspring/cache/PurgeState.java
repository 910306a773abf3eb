package io.github.imagekitspring.cache;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of a purge request.
 */
public enum PurgeState {

	/** Still running. */
	@JsonProperty("Pending")
	PENDING,

	/** Done. */
	@JsonProperty("Completed")
	COMPLETED,

	/** A state this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
