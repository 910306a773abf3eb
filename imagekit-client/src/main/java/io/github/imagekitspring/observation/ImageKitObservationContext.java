package io.github.imagekitspring.observation;

import org.jspecify.annotations.Nullable;

import io.micrometer.observation.Observation;

import io.github.imagekitspring.ImageKitOperation;

/**
 * What is known about one ImageKit call: the operation and account from the start, the final status, request id
 * and attempt count once it ends. The error, if any, is the context's {@link #getError()}.
 */
public class ImageKitObservationContext extends Observation.Context {

	private final ImageKitOperation operation;

	private final String accountName;

	private volatile @Nullable Integer statusCode;

	private volatile @Nullable String requestId;

	private volatile int attempts;

	private volatile boolean cancelled;

	/**
	 * Create a context.
	 * @param operation the operation called
	 * @param accountName the name of the account it is called for
	 */
	public ImageKitObservationContext(ImageKitOperation operation, String accountName) {
		this.operation = operation;
		this.accountName = accountName;
	}

	public ImageKitOperation getOperation() {
		return this.operation;
	}

	/** HTTP method of the operation, such as {@code GET}. */
	public String getMethod() {
		return this.operation.method().name();
	}

	public String getAccountName() {
		return this.accountName;
	}

	/** HTTP status of the final answer, or {@code null} if none was received. */
	public @Nullable Integer getStatusCode() {
		return this.statusCode;
	}

	public void setStatusCode(@Nullable Integer statusCode) {
		this.statusCode = statusCode;
	}

	/** The {@code x-ik-requestId} of the final answer, or {@code null} if there was none. */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	public void setRequestId(@Nullable String requestId) {
		this.requestId = requestId;
	}

	/** Number of requests sent for the call, retries included. */
	public int getAttempts() {
		return this.attempts;
	}

	public void setAttempts(int attempts) {
		this.attempts = attempts;
	}

	/** Whether the subscriber cancelled the call before it ended. */
	public boolean isCancelled() {
		return this.cancelled;
	}

	public void setCancelled(boolean cancelled) {
		this.cancelled = cancelled;
	}

}
