package io.github.imagekitspring.folders;

import org.jspecify.annotations.Nullable;

/**
 * The status of a bulk folder job, from {@code GET /v1/bulkJobs/{jobId}}.
 *
 * @param jobId the job id
 * @param type what the job does
 * @param status its state
 * @param purgeRequestId the id of the purge a folder rename started, or {@code null}
 * @param message ImageKit's message with a partial success, or {@code null}
 * @param help ImageKit's help sentence with a partial success, or {@code null}
 */
public record BulkJob(String jobId, @Nullable BulkJobType type, BulkJobStatus status, @Nullable String purgeRequestId,
		@Nullable String message, @Nullable String help) {

	public BulkJob(String jobId, @Nullable BulkJobType type, @Nullable BulkJobStatus status,
			@Nullable String purgeRequestId, @Nullable String message, @Nullable String help) {
		this.jobId = jobId;
		this.type = type;
		this.status = (status != null) ? status : BulkJobStatus.UNKNOWN;
		this.purgeRequestId = purgeRequestId;
		this.message = message;
		this.help = help;
	}

	/** Whether the job has stopped, completely or with a partial success. */
	public boolean isFinished() {
		return this.status.isFinished();
	}

}
