package io.github.imagekitspring.errors;

import java.time.Duration;

/**
 * An asynchronous ImageKit job (a bulk folder job or a cache purge) did not finish within the time the caller
 * allowed. The job itself may still finish later.
 */
public class WaitTimeoutException extends ImageKitCallException {

	private final String id;

	private final Duration timeout;

	/**
	 * Create the exception.
	 * @param operation the id of the polled operation, such as {@code folders.job.get}
	 * @param polls how many polls were sent
	 * @param what what was waited for, such as {@code bulk job}
	 * @param id the job or request id
	 * @param timeout how long the caller waited
	 */
	public WaitTimeoutException(String operation, int polls, String what, String id, Duration timeout) {
		super(operation, polls, 0, null, "ImageKit " + what + " " + id + " did not finish within " + timeout, null);
		this.id = id;
		this.timeout = timeout;
	}

	/** The id of the job or purge request waited for. */
	public String id() {
		return this.id;
	}

	/** How long the caller waited. */
	public Duration timeout() {
		return this.timeout;
	}

}
