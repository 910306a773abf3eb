package io.github.imagekitspring.cache;

import org.jspecify.annotations.Nullable;

/**
 * The status of a purge request, from {@code GET /v1/files/purge/{requestId}}.
 *
 * @param status the state
 */
public record PurgeStatus(PurgeState status) {

	public PurgeStatus(@Nullable PurgeState status) {
		this.status = (status != null) ? status : PurgeState.UNKNOWN;
	}

	/** Whether the purge is done. */
	public boolean isCompleted() {
		return this.status == PurgeState.COMPLETED;
	}

}
