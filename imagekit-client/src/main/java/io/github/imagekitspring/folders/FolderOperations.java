package io.github.imagekitspring.folders;

import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.Polling;

/**
 * Folders of the media library. Copy, move and rename are asynchronous bulk jobs: they answer with a job id to
 * follow with {@link #job(String)} or {@link #awaitJob(String, Duration)}. While a job runs, other jobs on the same
 * folders fail with a {@link io.github.imagekitspring.errors.LockedException} (423). Every method is lazy; arguments
 * are checked when the method is called.
 */
public interface FolderOperations {

	/**
	 * Create a folder, and any missing parent: {@code POST /v1/folder}.
	 * @param request the name and the parent folder
	 * @return completion
	 */
	default Mono<Void> create(CreateFolderRequest request) {
		return withResponse().create(request).then();
	}

	/**
	 * Delete a folder and everything in it: {@code DELETE /v1/folder} with a JSON body. A missing folder fails with
	 * a {@link io.github.imagekitspring.errors.NotFoundException} with reason {@code FOLDER_NOT_FOUND}.
	 * @param folderPath the folder, such as {@code /folder/to/delete/}
	 * @return completion
	 */
	default Mono<Void> delete(String folderPath) {
		return withResponse().delete(folderPath).then();
	}

	/**
	 * Start copying a folder into another: {@code POST /v1/bulkJobs/copyFolder}.
	 * @param request the source, the destination and whether versions are copied
	 * @return the job
	 */
	default Mono<BulkJobStarted> copy(CopyFolderRequest request) {
		return withResponse().copy(request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Start moving a folder into another: {@code POST /v1/bulkJobs/moveFolder}.
	 * @param request the source and the destination
	 * @return the job
	 */
	default Mono<BulkJobStarted> move(MoveFolderRequest request) {
		return withResponse().move(request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Start renaming a folder: {@code POST /v1/bulkJobs/renameFolder}. A name already taken fails with a
	 * {@link io.github.imagekitspring.errors.ConflictException}.
	 * @param request the folder, its new name and whether to purge the old URLs
	 * @return the job
	 */
	default Mono<BulkJobStarted> rename(RenameFolderRequest request) {
		return withResponse().rename(request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Get the status of a bulk job: {@code GET /v1/bulkJobs/{jobId}}. A folder rename whose purge failed answers
	 * 207, which is the status {@link BulkJobStatus#PARTIAL_SUCCESS}, not an error.
	 * @param jobId the job id
	 * @return the status
	 */
	default Mono<BulkJob> job(String jobId) {
		return withResponse().job(jobId).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Poll a bulk job ({@code GET /v1/bulkJobs/{jobId}}) until it is {@link BulkJobStatus#COMPLETED} or
	 * {@link BulkJobStatus#PARTIAL_SUCCESS}, waiting 1 s before the second poll and twice as long each time after,
	 * up to 16 s. Waits run on {@link reactor.core.scheduler.Schedulers#parallel()}.
	 * @param jobId the job id
	 * @param timeout how long to wait in all
	 * @return the finished job; fails with a {@link io.github.imagekitspring.errors.WaitTimeoutException} naming the
	 * job when the timeout passes first
	 */
	default Mono<BulkJob> awaitJob(String jobId, Duration timeout) {
		return awaitJob(jobId, timeout, Schedulers.parallel());
	}

	/**
	 * {@link #awaitJob(String, Duration)} with the waits and the timeout on a given scheduler.
	 * @param jobId the job id
	 * @param timeout how long to wait in all
	 * @param scheduler the scheduler of the waits
	 * @return the finished job
	 */
	default Mono<BulkJob> awaitJob(String jobId, Duration timeout, Scheduler scheduler) {
		return Polling.await(job(jobId), BulkJob::isFinished, ImageKitOperation.FOLDERS_JOB_GET, "bulk job", jobId,
				timeout, scheduler);
	}

	/**
	 * The same operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link FolderOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code POST /v1/folder}.
		 * @param request the folder
		 * @return the response, 201
		 * @see FolderOperations#create(CreateFolderRequest)
		 */
		Mono<ImageKitResponse<Void>> create(CreateFolderRequest request);

		/**
		 * {@code DELETE /v1/folder}.
		 * @param folderPath the folder
		 * @return the response, 204
		 * @see FolderOperations#delete(String)
		 */
		Mono<ImageKitResponse<Void>> delete(String folderPath);

		/**
		 * {@code POST /v1/bulkJobs/copyFolder}.
		 * @param request the copy
		 * @return the response
		 * @see FolderOperations#copy(CopyFolderRequest)
		 */
		Mono<ImageKitResponse<BulkJobStarted>> copy(CopyFolderRequest request);

		/**
		 * {@code POST /v1/bulkJobs/moveFolder}.
		 * @param request the move
		 * @return the response
		 * @see FolderOperations#move(MoveFolderRequest)
		 */
		Mono<ImageKitResponse<BulkJobStarted>> move(MoveFolderRequest request);

		/**
		 * {@code POST /v1/bulkJobs/renameFolder}.
		 * @param request the rename
		 * @return the response, 202
		 * @see FolderOperations#rename(RenameFolderRequest)
		 */
		Mono<ImageKitResponse<BulkJobStarted>> rename(RenameFolderRequest request);

		/**
		 * {@code GET /v1/bulkJobs/{jobId}}.
		 * @param jobId the job id
		 * @return the response, 200 or 207
		 * @see FolderOperations#job(String)
		 */
		Mono<ImageKitResponse<BulkJob>> job(String jobId);

	}

}
