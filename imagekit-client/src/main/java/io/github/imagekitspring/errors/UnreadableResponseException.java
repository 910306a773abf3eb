package io.github.imagekitspring.errors;

import org.jspecify.annotations.Nullable;

/**
 * ImageKit answered with a success status but a body the client cannot read: malformed or truncated JSON, or JSON
 * of the wrong shape.
 */
public class UnreadableResponseException extends ImageKitCallException {

	public UnreadableResponseException(String operation, int attempts, int statusCode, @Nullable String requestId,
			Throwable cause) {
		super(operation, attempts, statusCode, requestId, "ImageKit " + operation + " answered " + statusCode + " with a body that cannot be read ("
				+ cause.getClass().getSimpleName() + ") (request id: " + ((requestId != null) ? requestId : "none")
				+ ")", cause);
	}

}
