package io.github.imagekitspring.emulator.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The account's whole state, one object per resource. Calls run one at a time under {@link #exclusive}:
 * the emulator favours simple, exact semantics over throughput.
 */
public final class EmulatorState {

	private final Clock clock;

	private final PendingWork pending;

	private final MediaLibrary library;

	private final FolderJobs jobs;

	private final Purges purges;

	private final CustomFields customFields = new CustomFields(Ids::newId);

	private final AccountResources accountResources;

	private final Usage usage;

	private final Set<String> usedTokens = new HashSet<>();

	private final Files files;

	private final FileUploads uploads;

	private final FileVersions versions;

	private final BulkFileEdits bulkEdits;

	private final Search search;

	private final Folders folders;

	private final FileDelivery delivery;

	/**
	 * @param urlEndpoint the URL endpoint file URLs start with
	 * @param storageDirectory where file contents go, or {@code null} to keep them in memory
	 */
	public EmulatorState(Clock clock, Supplier<String> urlEndpoint, PendingWork.Settings pendingWork, Path storageDirectory) {
		this.clock = clock;
		this.pending = new PendingWork(clock, pendingWork);
		this.library = new MediaLibrary(clock, storageDirectory);
		this.jobs = new FolderJobs(this.pending);
		this.purges = new Purges(this.pending);
		this.accountResources = new AccountResources(Ids::newId, clock);
		this.usage = new Usage(this.library, clock);
		FileViews views = new FileViews(urlEndpoint);
		this.files = new Files(this.library, this.jobs, this.customFields, this.purges, views);
		this.uploads = new FileUploads(this.library, this.jobs, this.customFields, views);
		this.versions = new FileVersions(this.library, this.jobs, views);
		this.bulkEdits = new BulkFileEdits(this.library, this.jobs);
		this.search = new Search(this.library, this.customFields, views);
		this.folders = new Folders(this.library, this.jobs, this.purges);
		this.delivery = new FileDelivery(this.library, this.usage);
	}

	public Clock clock() {
		return this.clock;
	}

	/** Drops every file, folder, job, purge, field, account resource, spent token and delivery. */
	public synchronized void reset() {
		this.library.clear();
		this.jobs.clear();
		this.purges.clear();
		this.customFields.clear();
		this.accountResources.clear();
		this.usedTokens.clear();
		this.usage.clear();
	}

	public void pendingWork(PendingWork.Settings settings) {
		this.pending.settings(settings);
	}

	/** Runs one call alone, after completing the folder jobs whose time is up. */
	synchronized <T> T exclusive(Supplier<T> call) {
		this.jobs.tick();
		return call.get();
	}

	/** Marks a client-side upload token as used; {@code false} if it was used before. */
	synchronized boolean spendToken(String token) {
		return this.usedTokens.add(token);
	}

	Files files() {
		return this.files;
	}

	Blobs blobs() {
		return this.library.blobs();
	}

	FileUploads uploads() {
		return this.uploads;
	}

	FileVersions versions() {
		return this.versions;
	}

	BulkFileEdits bulkEdits() {
		return this.bulkEdits;
	}

	Search search() {
		return this.search;
	}

	Folders folders() {
		return this.folders;
	}

	FileDelivery delivery() {
		return this.delivery;
	}

	FolderJobs jobs() {
		return this.jobs;
	}

	Purges purges() {
		return this.purges;
	}

	CustomFields customFields() {
		return this.customFields;
	}

	AccountResources accountResources() {
		return this.accountResources;
	}

	Usage usage() {
		return this.usage;
	}

}
