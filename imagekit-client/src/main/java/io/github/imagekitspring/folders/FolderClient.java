package io.github.imagekitspring.folders;

import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.errors.WaitTimeoutException;
import io.github.imagekitspring.http.Arguments;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;
import io.github.imagekitspring.http.ImageKitRequest;
import io.github.imagekitspring.http.Polling;

/**
 * {@link FolderOperations} over the client's exchange.
 */
public final class FolderClient implements FolderOperations {

	private final ImageKitExchange exchange;

	private final Responses responses = new Responses();

	public FolderClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public Mono<Void> create(CreateFolderRequest request) {
		return this.responses.create(request).then();
	}

	@Override
	public Mono<Void> delete(String folderPath) {
		return this.responses.delete(folderPath).then();
	}

	@Override
	public Mono<BulkJobStarted> copy(CopyFolderRequest request) {
		return this.responses.copy(request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<BulkJobStarted> move(MoveFolderRequest request) {
		return this.responses.move(request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<BulkJobStarted> rename(RenameFolderRequest request) {
		return this.responses.rename(request).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<BulkJob> job(String jobId) {
		return this.responses.job(jobId).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<BulkJob> awaitJob(String jobId, Duration timeout) {
		return awaitJob(jobId, timeout, Schedulers.parallel());
	}

	@Override
	public Mono<BulkJob> awaitJob(String jobId, Duration timeout, Scheduler scheduler) {
		Mono<BulkJob> poll = job(jobId);
		Arguments.requirePositive(timeout, "timeout");
		Arguments.requireNonNull(scheduler, "scheduler");
		return Polling.until(poll, BulkJob::isFinished, timeout, scheduler,
				() -> new WaitTimeoutException("bulk job", jobId, timeout));
	}

	@Override
	public WithResponse withResponse() {
		return this.responses;
	}

	private final class Responses implements WithResponse {

		@Override
		public Mono<ImageKitResponse<Void>> create(CreateFolderRequest request) {
			return FolderClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_CREATE)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build());
		}

		@Override
		public Mono<ImageKitResponse<Void>> delete(String folderPath) {
			return FolderClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_DELETE)
				.jsonBody(Map.of("folderPath", Arguments.requireText(folderPath, "folderPath")))
				.build());
		}

		@Override
		public Mono<ImageKitResponse<BulkJobStarted>> copy(CopyFolderRequest request) {
			return FolderClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_COPY)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), BulkJobStarted.class);
		}

		@Override
		public Mono<ImageKitResponse<BulkJobStarted>> move(MoveFolderRequest request) {
			return FolderClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_MOVE)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), BulkJobStarted.class);
		}

		@Override
		public Mono<ImageKitResponse<BulkJobStarted>> rename(RenameFolderRequest request) {
			return FolderClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_RENAME)
				.jsonBody(Arguments.requireNonNull(request, "request"))
				.build(), BulkJobStarted.class);
		}

		@Override
		public Mono<ImageKitResponse<BulkJob>> job(String jobId) {
			return FolderClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_JOB_GET)
				.pathVariable("jobId", Arguments.requireResourceId(jobId, "jobId"))
				.build(), BulkJob.class);
		}

	}

}
