package io.github.imagekitspring.emulator.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk folder jobs (copy, move, rename) and the folder locks they hold while Pending: no other call may
 * change a file or folder inside a locked folder until the job completes.
 */
final class FolderJobs {

	/** A job as its status call reports it; {@code purgeRequestId} only for a rename that purged. */
	record Status(String jobId, String type, boolean completed, String purgeRequestId) {
	}

	private static final String LOCKED = "A bulk job is running on given folder path, please try after sometime.";

	private static final class Job {

		final String jobId = Ids.newId();

		final String type;

		final Instant createdAt;

		final List<String> lockedFolders;

		final Runnable work;

		int polls;

		boolean completed;

		String purgeRequestId;

		Job(String type, Instant createdAt, List<String> lockedFolders, Runnable work) {
			this.type = type;
			this.createdAt = createdAt;
			this.lockedFolders = lockedFolders;
			this.work = work;
		}

		boolean locks(String path) {
			return !this.completed && this.lockedFolders.stream().anyMatch((f) -> MediaPaths.under(path, f));
		}

		boolean locksTree(String path) {
			return !this.completed && this.lockedFolders.stream()
				.anyMatch((f) -> MediaPaths.under(path, f) || MediaPaths.under(f, MediaPaths.folderKey(path)));
		}

	}

	private final Map<String, Job> jobs = new LinkedHashMap<>();

	private final PendingWork pending;

	FolderJobs(PendingWork pending) {
		this.pending = pending;
	}

	void clear() {
		this.jobs.clear();
	}

	/** Completes jobs whose pending time has passed; runs before every operation. */
	void tick() {
		for (Job job : this.jobs.values()) {
			if (!job.completed && this.pending.done(job.createdAt, 0)) {
				complete(job);
			}
		}
	}

	private static void complete(Job job) {
		job.completed = true;
		job.work.run();
	}

	/** For a file or a destination folder: locked if it sits in a locked folder. */
	void checkFileUnlocked(String filePath) {
		if (this.jobs.values().stream().anyMatch((job) -> job.locks(filePath))) {
			throw new ApiException(ApiException.Kind.LOCKED, LOCKED);
		}
	}

	/** For operations on a whole folder tree: locked if the tree holds, or sits in, a locked folder. */
	void checkTreeUnlocked(String path) {
		if (this.jobs.values().stream().anyMatch((job) -> job.locksTree(path))) {
			throw new ApiException(ApiException.Kind.LOCKED, LOCKED);
		}
	}

	/** A job may move {@code source} to {@code dest} when neither is locked and dest is not inside source. */
	void checkJobTarget(String source, String dest, boolean withReason) {
		if (MediaPaths.under(dest, source) && !dest.equals(source)) {
			ApiException bad = ApiException.invalid("The destination cannot be inside the source folder.");
			throw withReason ? bad.with("reason", "INVALID_FOLDER_PATH") : bad;
		}
		checkTreeUnlocked(source);
		for (Job job : this.jobs.values()) {
			if (!job.completed && job.lockedFolders.stream().anyMatch((f) -> MediaPaths.under(dest, f) || MediaPaths.under(f, dest))) {
				throw new ApiException(ApiException.Kind.LOCKED, "Destination folder path is already locked. Please try after sometime.");
			}
		}
	}

	/** Starts a job that locks {@code locked} until {@code work} has run; returns its id. */
	String start(String type, List<String> locked, Runnable work, String purgeRequestId) {
		Job job = new Job(type, this.pending.now(), locked, work);
		job.purgeRequestId = purgeRequestId;
		this.jobs.put(job.jobId, job);
		return job.jobId;
	}

	/** The job's status; counts as one status poll, which may complete it. */
	Status status(String jobId) {
		Job job = this.jobs.get(jobId);
		if (job == null) {
			throw ApiException.notFound("No bulk job found with jobId " + jobId + ".");
		}
		job.polls++;
		if (!job.completed && this.pending.done(job.createdAt, job.polls)) {
			complete(job);
		}
		return new Status(job.jobId, job.type, job.completed, job.purgeRequestId);
	}

}
