package io.github.imagekitspring.internal.http;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.ImageKitOperation;

/**
 * One logical call: one subscription to an operation, with all its attempts. Shared by the decorators of the
 * exchange (resilience, observation) so they see the same attempt count and final response.
 */
public final class ImageKitCall {

	private final ImageKitRequest request;

	private final String accountName;

	private final AtomicInteger attempts = new AtomicInteger();

	private volatile @Nullable ImageKitResponse<?> response;

	ImageKitCall(ImageKitRequest request, String accountName) {
		this.request = request;
		this.accountName = accountName;
	}

	public ImageKitRequest request() {
		return this.request;
	}

	public ImageKitOperation operation() {
		return this.request.operation();
	}

	/** The name of the account the call is made for. */
	public String accountName() {
		return this.accountName;
	}

	/** How many requests have been sent so far. */
	public int attempts() {
		return this.attempts.get();
	}

	void attemptStarted() {
		this.attempts.incrementAndGet();
	}

	/** The successful response, once there is one. */
	public @Nullable ImageKitResponse<?> response() {
		return this.response;
	}

	void succeeded(ImageKitResponse<?> response) {
		this.response = response;
	}

	@Override
	public String toString() {
		return "ImageKitCall[" + this.request.operation().id() + ", account=" + this.accountName + ", attempts="
				+ this.attempts.get() + "]";
	}

}
