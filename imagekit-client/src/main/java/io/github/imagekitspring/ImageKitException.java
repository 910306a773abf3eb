package io.github.imagekitspring;

import org.jspecify.annotations.Nullable;

/**
 * Root of every unchecked exception the ImageKit client throws.
 */
public class ImageKitException extends RuntimeException {

	public ImageKitException(String message) {
		super(message);
	}

	public ImageKitException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
