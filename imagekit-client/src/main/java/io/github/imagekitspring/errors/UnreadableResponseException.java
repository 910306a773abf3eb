package io.github.imagekitspring.errors;

import org.jspecify.annotations.Nullable;

/**
 * ImageKit answered with a success status but a body the client cannot read: malformed or truncated JSON, JSON of
 * the wrong shape, or no body (empty, JSON {@code null}, a 204) where one is due.
 */
public class UnreadableResponseException extends ImageKitCallException {

	public UnreadableResponseException(String operation, int attempts, int statusCode, @Nullable String requestId,
			Throwable cause) {
		super(operation, attempts, statusCode, requestId, "ImageKit " + operation + " answered " + statusCode + " with a body that cannot be read ("
				+ cause.getClass().getSimpleName() + ") (request id: " + ((requestId != null) ? requestId : "none")
				+ ")", cause);
	}

	/**
	 * An unreadable answer described by a whole message, such as a success without the body it owes.
	 * @param operation the operation id
	 * @param attempts how many requests were sent for the call, retries included
	 * @param statusCode the status
	 * @param requestId the request id, or {@code null}
	 * @param message the message, naming the request id
	 */
	public UnreadableResponseException(String operation, int attempts, int statusCode, @Nullable String requestId,
			String message) {
		super(operation, attempts, statusCode, requestId, message, null);
	}

}
