package io.github.imagekitspring.internal.client;

import java.util.Map;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.ImageKitRequest;
import io.github.imagekitspring.folders.BulkJob;
import io.github.imagekitspring.folders.BulkJobStarted;
import io.github.imagekitspring.folders.CopyFolderRequest;
import io.github.imagekitspring.folders.CreateFolderRequest;
import io.github.imagekitspring.folders.FolderOperations;
import io.github.imagekitspring.folders.MoveFolderRequest;
import io.github.imagekitspring.folders.RenameFolderRequest;

/**
 * {@link FolderOperations.WithResponse} over the client's exchange: each call written once; the plain form is
 * {@link FolderOperations}'s default methods.
 */
public final class FolderClient implements FolderOperations.WithResponse {

	private final ImageKitExchange exchange;

	public FolderClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public Mono<ImageKitResponse<Void>> create(CreateFolderRequest request) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_CREATE)
			.jsonBody(Arguments.requireNonNull(request, "request"))
			.build());
	}

	@Override
	public Mono<ImageKitResponse<Void>> delete(String folderPath) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_DELETE)
			.jsonBody(Map.of("folderPath", Arguments.requireText(folderPath, "folderPath")))
			.build());
	}

	@Override
	public Mono<ImageKitResponse<BulkJobStarted>> copy(CopyFolderRequest request) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_COPY)
			.jsonBody(Arguments.requireNonNull(request, "request"))
			.build(), BulkJobStarted.class);
	}

	@Override
	public Mono<ImageKitResponse<BulkJobStarted>> move(MoveFolderRequest request) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_MOVE)
			.jsonBody(Arguments.requireNonNull(request, "request"))
			.build(), BulkJobStarted.class);
	}

	@Override
	public Mono<ImageKitResponse<BulkJobStarted>> rename(RenameFolderRequest request) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_RENAME)
			.jsonBody(Arguments.requireNonNull(request, "request"))
			.build(), BulkJobStarted.class);
	}

	@Override
	public Mono<ImageKitResponse<BulkJob>> job(String jobId) {
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.FOLDERS_JOB_GET)
			.pathVariable("jobId", Arguments.requireResourceId(jobId, "jobId"))
			.build(), BulkJob.class);
	}

}
