package io.github.imagekitspring.errors;

/**
 * The request did not get an HTTP response: the connection was refused or reset, or the response timed out.
 */
public class ImageKitIoException extends ImageKitCallException {

	public ImageKitIoException(String operation, int attempts, String message, Throwable cause) {
		super(operation, attempts, 0, null, "ImageKit " + operation + " failed: " + message, cause);
	}

}
