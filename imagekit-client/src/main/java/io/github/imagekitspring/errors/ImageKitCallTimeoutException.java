package io.github.imagekitspring.errors;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * A call did not finish within its deadline ({@code imagekit.retry.call-timeout}), which covers every attempt and
 * every wait between them. Unlike a single response timeout, it is never retried.
 */
public class ImageKitCallTimeoutException extends ImageKitIoException {

	private final Duration timeout;

	public ImageKitCallTimeoutException(String operation, int attempts, Duration timeout) {
		super(operation, attempts, "no result within the call timeout of " + timeout + ", retries and waits included",
				new TimeoutException("call timeout " + timeout));
		this.timeout = timeout;
	}

	/**
	 * A deadline other than the call timeout, such as that of a whole {@code listAll}.
	 * @param operation the operation id
	 * @param attempts how many requests were sent within the deadline
	 * @param message what did not end in time, and under which setting
	 * @param timeout the deadline
	 */
	public ImageKitCallTimeoutException(String operation, int attempts, String message, Duration timeout) {
		super(operation, attempts, message, new TimeoutException(message));
		this.timeout = timeout;
	}

	/** The deadline that was exceeded. */
	public Duration timeout() {
		return this.timeout;
	}

}
