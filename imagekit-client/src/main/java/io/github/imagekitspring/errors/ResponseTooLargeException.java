package io.github.imagekitspring.errors;

import org.jspecify.annotations.Nullable;

/**
 * ImageKit answered with a success status and a body larger than the client's
 * {@code maxResponseSize}: the body was not read (beyond the limit, when it announced no {@code Content-Length}), so
 * no call holds more memory than the limit. Not retried: the same request would get the same answer.
 */
public class ResponseTooLargeException extends UnreadableResponseException {

	private final long maxResponseSize;

	/**
	 * Create the exception.
	 * @param operation the operation id
	 * @param attempts how many requests were sent for the call, retries included
	 * @param statusCode the success status the body came with
	 * @param requestId the request id, or {@code null}
	 * @param maxResponseSize the limit, in bytes
	 * @param contentLength the announced length, or {@code -1} when the body announced none and went over the limit
	 */
	public ResponseTooLargeException(String operation, int attempts, int statusCode, @Nullable String requestId,
			long maxResponseSize, long contentLength) {
		super(operation, attempts, statusCode, requestId, "ImageKit " + operation + " answered " + statusCode
				+ " with a body of " + ((contentLength >= 0) ? contentLength + " bytes" : "more than " + maxResponseSize + " bytes")
				+ ", over the client's maxResponseSize of " + maxResponseSize + " bytes (request id: "
				+ ((requestId != null) ? requestId : "none") + ")");
		this.maxResponseSize = maxResponseSize;
	}

	/** The limit the body went over, in bytes. */
	public long maxResponseSize() {
		return this.maxResponseSize;
	}

}
