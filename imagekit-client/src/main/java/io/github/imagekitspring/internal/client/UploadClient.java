package io.github.imagekitspring.internal.client;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.ImageKitRequest;
import io.github.imagekitspring.upload.PreTransformQueued;
import io.github.imagekitspring.upload.UploadAuthParameters;
import io.github.imagekitspring.upload.UploadAuthentication;
import io.github.imagekitspring.upload.UploadOperations;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;

/**
 * {@link UploadOperations} over the client's exchange: the uploads are written once, in {@link Responses}; their
 * plain form is {@link UploadOperations}'s default methods.
 */
public final class UploadClient implements UploadOperations {

	/** The status of an upload whose video pre-transformation was queued. */
	private static final int PRE_TRANSFORM_QUEUED = 202;

	private final ImageKitExchange exchange;

	private final Supplier<UploadAuthentication> authentication;

	private final Responses responses = new Responses();

	/**
	 * Create the upload operations.
	 * @param exchange the client's exchange
	 * @param authentication gives the client-side upload authentication, or throws
	 * {@link IllegalStateException} naming what to configure when there is none
	 */
	public UploadClient(ImageKitExchange exchange, Supplier<UploadAuthentication> authentication) {
		this.exchange = exchange;
		this.authentication = authentication;
	}

	@Override
	public UploadAuthParameters authenticationParameters() {
		return this.authentication.get().authenticationParameters();
	}

	@Override
	public UploadAuthParameters authenticationParameters(@Nullable String token, @Nullable Long expire) {
		return this.authentication.get().authenticationParameters(token, expire);
	}

	@Override
	public String uploadToken(UploadRequest request) {
		return this.authentication.get().uploadToken(Arguments.requireNonNull(request, "request"));
	}

	@Override
	public String uploadToken(UploadRequest request, Duration validity) {
		return this.authentication.get()
			.uploadToken(Arguments.requireNonNull(request, "request"), Arguments.requireNonNull(validity, "validity"));
	}

	@Override
	public WithResponse withResponse() {
		return this.responses;
	}

	/**
	 * Whether sending the upload again after a failure cannot store a second file or repeat paid work: the same
	 * content to the same name, overwriting, with no extensions or transformations to run again. A unique file name
	 * or a kept existing file would make a second file.
	 */
	static boolean safeToRepeat(UploadSource source, UploadRequest request) {
		return source.repeatable() && Boolean.FALSE.equals(request.useUniqueFileName())
				&& !Boolean.FALSE.equals(request.overwriteFile()) && request.extensions().isEmpty()
				&& request.transformation() == null;
	}

	/** A 202 without its message still means the file was accepted: failing would invite a duplicate upload. */
	private static ImageKitResponse<UploadResult> queuedEvenWithoutBody(ImageKitResponse<UploadResult> response) {
		if (response.statusCode() == PRE_TRANSFORM_QUEUED && response.body() == null) {
			return new ImageKitResponse<>(response.statusCode(), response.headers(), response.requestId(),
					new PreTransformQueued(null));
		}
		return response;
	}

	private static Class<? extends UploadResult> bodyType(int status) {
		return (status == PRE_TRANSFORM_QUEUED) ? PreTransformQueued.class : UploadedFile.class;
	}

	private final class Responses implements WithResponse {

		@Override
		public Mono<ImageKitResponse<UploadResult>> upload(UploadSource source, UploadRequest request) {
			return send(ImageKitOperation.FILES_UPLOAD, source, request);
		}

		@Override
		public Mono<ImageKitResponse<UploadResult>> uploadV2(UploadSource source, UploadRequest request) {
			return send(ImageKitOperation.FILES_UPLOAD_V2, source, request);
		}

		private Mono<ImageKitResponse<UploadResult>> send(ImageKitOperation operation, UploadSource source,
				UploadRequest request) {
			Arguments.requireNonNull(source, "source");
			Arguments.requireNonNull(request, "request");
			ImageKitRequest httpRequest = ImageKitRequest.of(operation)
				.multipartBody(UploadMultipart.body(source, request))
				.safeToRepeat(safeToRepeat(source, request))
				.build();
			Mono<ImageKitResponse<UploadResult>> response = UploadClient.this.exchange
				.<UploadResult>exchange(httpRequest, UploadClient::bodyType,
						(status) -> status == PRE_TRANSFORM_QUEUED)
				.map(UploadClient::queuedEvenWithoutBody);
			return source.repeatable() ? response : once(response);
		}

		/** A source that can be read once makes an upload that can be sent once, however often it is subscribed. */
		private Mono<ImageKitResponse<UploadResult>> once(Mono<ImageKitResponse<UploadResult>> response) {
			AtomicBoolean sent = new AtomicBoolean();
			return Mono.defer(() -> sent.compareAndSet(false, true) ? response
					: Mono.error(new IllegalStateException("This upload reads a source that can be read only once "
							+ "(a publisher or an open stream) and was already subscribed; upload a new source")));
		}

	}

}
