package io.github.imagekitspring.errors;

import io.github.imagekitspring.ImageKitException;

/**
 * The request did not get an HTTP response: the connection was refused or reset, or the response timed out.
 */
public class ImageKitIoException extends ImageKitException {

	private final String operation;

	private volatile int attempts = 1;

	public ImageKitIoException(String operation, String message, Throwable cause) {
		super("ImageKit " + operation + " failed: " + message, cause);
		this.operation = operation;
	}

	/** The stable id of the operation that failed, such as {@code files.get}. */
	public String operation() {
		return this.operation;
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
