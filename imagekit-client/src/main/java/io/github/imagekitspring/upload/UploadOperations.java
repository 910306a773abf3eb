package io.github.imagekitspring.upload;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;

/**
 * Uploads from the server, authenticated with the private key, and credentials for uploads made directly from a
 * browser or app. Uploads are lazy (nothing is sent until subscription) and stream the file: memory use does not
 * grow with its size. Arguments are checked when the method is called, before anything is sent.
 * <p>
 * An upload is sent again after a failure only when that cannot store a second file or run extensions twice: the
 * source must be repeatable ({@link UploadSource#repeatable()}), {@code useUniqueFileName} false, {@code overwriteFile}
 * not false, and no extensions or transformations requested. A one-shot publisher source is read at most once:
 * subscribing a second time to its upload fails without sending anything.
 */
public interface UploadOperations {

	/**
	 * Upload a file: {@code POST /api/v1/files/upload} on the upload API.
	 * @param source the file
	 * @param request the upload's fields; {@code fileName} is also the {@code file} part's file name
	 * @return {@link UploadedFile} (200) or {@link PreTransformQueued} (202)
	 */
	default Mono<UploadResult> upload(UploadSource source, UploadRequest request) {
		return withResponse().upload(source, request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Upload a file with the v2 API (beta): {@code POST /api/v2/files/upload} on the upload API. Same fields and
	 * answers as {@link #upload(UploadSource, UploadRequest)}.
	 * @param source the file
	 * @param request the upload's fields
	 * @return {@link UploadedFile} (200) or {@link PreTransformQueued} (202)
	 */
	default Mono<UploadResult> uploadV2(UploadSource source, UploadRequest request) {
		return withResponse().uploadV2(source, request).map(ImageKitResponse::requiredBody);
	}

	/**
	 * One-time parameters for a client-side upload to {@code POST /api/v1/files/upload}: a random token, expiring
	 * in 30 minutes. No request is made.
	 * @return the parameters, with the public key
	 * @throws IllegalStateException if no public key is configured
	 */
	UploadAuthParameters authenticationParameters();

	/**
	 * One-time parameters for a client-side upload to {@code POST /api/v1/files/upload}. No request is made.
	 * @param token the token, or {@code null} for a random UUID
	 * @param expire the expiry in Unix seconds, or {@code null} for 30 minutes from now
	 * @return the parameters, with the public key
	 * @throws IllegalStateException if no public key is configured
	 * @throws IllegalArgumentException if {@code expire} is in the past or more than 1 hour ahead
	 */
	UploadAuthParameters authenticationParameters(@Nullable String token, @Nullable Long expire);

	/**
	 * A JWT for a client-side upload to {@code POST /api/v2/files/upload}, valid for 30 minutes. The client must
	 * send exactly the fields of {@code request}. No request is made.
	 * @param request the fields the client will send
	 * @return the token
	 * @throws IllegalStateException if no public key is configured
	 */
	String uploadToken(UploadRequest request);

	/**
	 * A JWT for a client-side upload to {@code POST /api/v2/files/upload}. No request is made.
	 * @param request the fields the client will send
	 * @param validity how long the token is valid, at most 1 hour
	 * @return the token
	 * @throws IllegalStateException if no public key is configured
	 * @throws IllegalArgumentException if {@code validity} is not positive or longer than 1 hour
	 */
	String uploadToken(UploadRequest request, Duration validity);

	/**
	 * The same uploads, answering with the response's status, headers and request id.
	 * @return the uploads with responses
	 */
	WithResponse withResponse();

	/**
	 * {@link UploadOperations} uploads answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code POST /api/v1/files/upload}.
		 * @param source the file
		 * @param request the upload's fields
		 * @return the response, status 200 or 202
		 * @see UploadOperations#upload(UploadSource, UploadRequest)
		 */
		Mono<ImageKitResponse<UploadResult>> upload(UploadSource source, UploadRequest request);

		/**
		 * {@code POST /api/v2/files/upload}.
		 * @param source the file
		 * @param request the upload's fields
		 * @return the response, status 200 or 202
		 * @see UploadOperations#uploadV2(UploadSource, UploadRequest)
		 */
		Mono<ImageKitResponse<UploadResult>> uploadV2(UploadSource source, UploadRequest request);

	}

}
