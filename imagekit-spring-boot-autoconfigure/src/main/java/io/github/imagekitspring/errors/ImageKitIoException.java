package io.github.imagekitspring.errors;

import io.github.imagekitspring.ImageKitException;

/**
 * The request did not get an HTTP response: the connection was refused or reset, or the response timed out.
 */
public class ImageKitIoException extends ImageKitException {

	private final String operation;

	public ImageKitIoException(String operation, String message, Throwable cause) {
		super("ImageKit " + operation + " failed: " + message, cause);
		this.operation = operation;
	}

	/** The stable id of the operation that failed, such as {@code files.get}. */
	public String operation() {
		return this.operation;
	}

}
