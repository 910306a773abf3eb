package io.github.imagekitspring.errors;

import org.jspecify.annotations.Nullable;

/**
 * The client's own rate limiter did not give a permit within {@code imagekit.rate-limit.timeout}, so nothing was
 * sent. Unlike {@link RateLimitException}, the server never saw the request.
 */
public class ImageKitRateLimitedLocallyException extends ImageKitCallException {

	public ImageKitRateLimitedLocallyException(String operation, int attempts, String message,
			@Nullable Throwable cause) {
		super(operation, attempts, 0, null, "ImageKit " + operation + " not sent: " + message, cause);
	}

}
