package io.github.imagekitspring.errors;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitException;

/**
 * The base of every exception an ImageKit call can end in. It names the operation, says how many requests were
 * sent, and, when a response came, its status and request id. Every field is set when the exception is created.
 */
public abstract class ImageKitCallException extends ImageKitException {

	private final String operation;

	private final int attempts;

	private final int statusCode;

	private final @Nullable String requestId;

	/**
	 * Create the exception.
	 * @param operation the stable id of the operation, such as {@code files.get}
	 * @param attempts how many requests were sent for the call, retries included
	 * @param statusCode the response's status, or {@code 0} when no response came
	 * @param requestId the response's {@code x-ik-requestId}, or {@code null}
	 * @param message the message
	 * @param cause the cause, or {@code null}
	 */
	protected ImageKitCallException(String operation, int attempts, int statusCode, @Nullable String requestId,
			String message, @Nullable Throwable cause) {
		super(message, cause);
		this.operation = operation;
		this.attempts = attempts;
		this.statusCode = statusCode;
		this.requestId = requestId;
	}

	/** The stable id of the operation that failed, such as {@code files.get}. */
	public String operation() {
		return this.operation;
	}

	/** How many requests were sent for this call, retries included. */
	public int attempts() {
		return this.attempts;
	}

	/** The response's status, or {@code 0} when no response came. */
	public int statusCode() {
		return this.statusCode;
	}

	/** The response's {@code x-ik-requestId} header value, or {@code null} if no response came or it had none. */
	public @Nullable String requestId() {
		return this.requestId;
	}

}
