package io.github.imagekitspring.errors;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitException;

/**
 * The client's own rate limiter did not give a permit within {@code imagekit.rate-limit.timeout}, so nothing was
 * sent. Unlike {@link RateLimitException}, the server never saw the request.
 */
public class ImageKitRateLimitedLocallyException extends ImageKitException {

	private final String operation;

	public ImageKitRateLimitedLocallyException(String operation, String message, @Nullable Throwable cause) {
		super("ImageKit " + operation + " not sent: " + message, cause);
		this.operation = operation;
	}

	/** The stable id of the operation that was not sent, such as {@code files.get}. */
	public String operation() {
		return this.operation;
	}

}
