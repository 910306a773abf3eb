package io.github.imagekitspring.errors;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitResponse;

import org.springframework.http.HttpHeaders;

/**
 * ImageKit answered with a status that is not a success. Carries the status, ImageKit's error fields, the
 * {@code x-ik-requestId} value and the response headers; the request id is also in the message.
 */
public class ImageKitServiceException extends ImageKitCallException {

	private final ImageKitError error;

	private final HttpHeaders headers;

	public ImageKitServiceException(String operation, int attempts, int statusCode, ImageKitError error,
			HttpHeaders headers) {
		super(operation, attempts, statusCode, headers.getFirst(ImageKitResponse.REQUEST_ID_HEADER),
				describe(operation, statusCode, error, headers.getFirst(ImageKitResponse.REQUEST_ID_HEADER)), null);
		this.error = error;
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
	}

	private static String describe(String operation, int statusCode, ImageKitError error, @Nullable String requestId) {
		StringBuilder message = new StringBuilder("ImageKit ").append(operation)
			.append(" failed with status ")
			.append(statusCode);
		if (error.message() != null) {
			message.append(": ").append(error.message());
		}
		if (error.reason() != null) {
			message.append(" [reason: ").append(error.reason()).append(']');
		}
		if (!error.missingFileIds().isEmpty()) {
			message.append(" [missing file ids: ").append(String.join(", ", error.missingFileIds())).append(']');
		}
		return message.append(" (request id: ").append((requestId != null) ? requestId : "none").append(')').toString();
	}

	/** ImageKit's {@code message}, or the plain-text body of a non-JSON error. */
	public @Nullable String errorMessage() {
		return this.error.message();
	}

	public @Nullable String help() {
		return this.error.help();
	}

	public @Nullable String reason() {
		return this.error.reason();
	}

	public List<String> missingFileIds() {
		return this.error.missingFileIds();
	}

	public Map<String, Object> errors() {
		return this.error.errors();
	}

	/** All of ImageKit's error fields. */
	public ImageKitError error() {
		return this.error;
	}

	/** The response headers, read-only. */
	public HttpHeaders headers() {
		return this.headers;
	}

}
