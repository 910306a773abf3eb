package io.github.imagekitspring.contract;

import java.util.function.Consumer;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitOperation;

/**
 * One call through the public API for the contract suite. Operations the official spec describes are answered
 * with the spec's own example and their request is validated against the spec; the others (usage analytics and
 * named transformations, absent from the spec) bring their answer and check the request by hand.
 *
 * @param name what the case shows
 * @param operation the operation it exercises
 * @param call the call through the public API
 * @param responseStatus the status to answer with, or {@code null} for the spec's success status
 * @param responseBody the body to answer with, or {@code null} for the spec's example
 * @param requestCheck checks of the recorded request, for operations the spec lacks
 */
public record ContractCase(String name, ImageKitOperation operation,
		Function<ImageKitOperations, Publisher<?>> call, @Nullable Integer responseStatus,
		@Nullable String responseBody, @Nullable Consumer<LoggedRequest> requestCheck) {

	/**
	 * A case for an operation of the spec: answered with the spec's example, validated against the spec.
	 * @param name what the case shows
	 * @param operation the operation
	 * @param call the call
	 * @return the case
	 */
	public static ContractCase spec(String name, ImageKitOperation operation,
			Function<ImageKitOperations, Publisher<?>> call) {
		return new ContractCase(name, operation, call, null, null, null);
	}

	/**
	 * A case for an operation of the spec, answered with a given body (when the spec's example does not fit the
	 * call, for example a list filtered to folders).
	 * @param name what the case shows
	 * @param operation the operation
	 * @param call the call
	 * @param status the status
	 * @param body the body
	 * @return the case
	 */
	public static ContractCase spec(String name, ImageKitOperation operation,
			Function<ImageKitOperations, Publisher<?>> call, int status, String body) {
		return new ContractCase(name, operation, call, status, body, null);
	}

	/**
	 * A case for an operation the spec lacks: answered with the given body, the request checked by hand.
	 * @param name what the case shows
	 * @param operation the operation
	 * @param call the call
	 * @param status the status
	 * @param body the body, or {@code null} for none
	 * @param requestCheck the checks of the recorded request
	 * @return the case
	 */
	public static ContractCase outsideSpec(String name, ImageKitOperation operation,
			Function<ImageKitOperations, Publisher<?>> call, int status, @Nullable String body,
			Consumer<LoggedRequest> requestCheck) {
		return new ContractCase(name, operation, call, status, body, requestCheck);
	}

	@Override
	public String toString() {
		return this.operation.id() + ": " + this.name;
	}

}
