package io.github.imagekitspring.errors;

import org.jspecify.annotations.Nullable;

/**
 * ImageKit answered with a success status and a body larger than the client's
 * {@code maxResponseSize}: the body was not read (beyond the limit, when it announced no {@code Content-Length}), so
 * no call holds more memory than the limit. Not retried: the same request would get the same answer.
 */
public class ResponseTooLargeException extends UnreadableResponseException {

	private final long maxResponseSize;

	public ResponseTooLargeException(String operation, int statusCode, @Nullable String requestId,
			long maxResponseSize, long contentLength) {
		super(operation, statusCode, requestId, "ImageKit " + operation + " answered " + statusCode + " with a body of "
				+ ((contentLength >= 0) ? contentLength + " bytes" : "more than " + maxResponseSize + " bytes")
				+ ", over the client's maxResponseSize of " + maxResponseSize + " bytes (request id: "
				+ ((requestId != null) ? requestId : "none") + ")");
		this.maxResponseSize = maxResponseSize;
	}

	/** The limit the body went over, in bytes. */
	public long maxResponseSize() {
		return this.maxResponseSize;
	}

}
