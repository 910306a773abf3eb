package io.github.imagekitspring.errors;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitException;

/**
 * ImageKit answered with a success status but a body the client cannot read: malformed or truncated JSON, JSON of
 * the wrong shape, or no body (empty, JSON {@code null}, a 204) where one is due.
 */
public class UnreadableResponseException extends ImageKitException {

	private final String operation;

	private final int statusCode;

	private final @Nullable String requestId;

	public UnreadableResponseException(String operation, int statusCode, @Nullable String requestId, Throwable cause) {
		super("ImageKit " + operation + " answered " + statusCode + " with a body that cannot be read ("
				+ cause.getClass().getSimpleName() + ") (request id: " + ((requestId != null) ? requestId : "none")
				+ ")", cause);
		this.operation = operation;
		this.statusCode = statusCode;
		this.requestId = requestId;
	}

	/**
	 * An unreadable answer described by a whole message, such as a success without the body it owes.
	 * @param operation the operation id
	 * @param statusCode the status
	 * @param requestId the request id, or {@code null}
	 * @param message the message, naming the request id
	 */
	public UnreadableResponseException(String operation, int statusCode, @Nullable String requestId,
			String message) {
		super(message);
		this.operation = operation;
		this.statusCode = statusCode;
		this.requestId = requestId;
	}

	public String operation() {
		return this.operation;
	}

	public int statusCode() {
		return this.statusCode;
	}

	public @Nullable String requestId() {
		return this.requestId;
	}

}
