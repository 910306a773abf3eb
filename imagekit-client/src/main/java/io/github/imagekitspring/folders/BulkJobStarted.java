package io.github.imagekitspring.folders;

/**
 * A bulk folder job ImageKit accepted; follow it with {@link FolderOperations#job(String)} or
 * {@link FolderOperations#awaitJob(String, java.time.Duration)}.
 *
 * @param jobId the job id
 */
public record BulkJobStarted(String jobId) {
}
