package io.github.imagekitspring.errors;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitException;
import io.github.imagekitspring.ImageKitResponse;

import org.springframework.http.HttpHeaders;

/**
 * ImageKit answered with a status that is not a success. Carries the status, ImageKit's error fields, the
 * {@code x-ik-requestId} value and the response headers; the request id is also in the message.
 */
public class ImageKitServiceException extends ImageKitException {

	private final String operation;

	private final int statusCode;

	private final ImageKitError error;

	private final HttpHeaders headers;

	private volatile int attempts = 1;

	public ImageKitServiceException(String operation, int statusCode, ImageKitError error, HttpHeaders headers) {
		super(describe(operation, statusCode, error, headers.getFirst(ImageKitResponse.REQUEST_ID_HEADER)));
		this.operation = operation;
		this.statusCode = statusCode;
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

	/** The stable id of the operation that failed, such as {@code files.get}. */
	public String operation() {
		return this.operation;
	}

	public int statusCode() {
		return this.statusCode;
	}

	/** The {@code x-ik-requestId} header value, or {@code null} if the response had none. */
	public @Nullable String requestId() {
		return this.headers.getFirst(ImageKitResponse.REQUEST_ID_HEADER);
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

	/** How many requests were sent for this call, retries included. */
	public int attempts() {
		return this.attempts;
	}

	/**
	 * Record how many requests were sent for this call. Called by the client's retry; not for applications.
	 * @param attempts the number of requests sent
	 */
	public void attempts(int attempts) {
		this.attempts = attempts;
	}

}
