package io.github.imagekitspring.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fault the emulator injects instead of handling the request normally: a fixed response, or a
 * dropped connection. Register one with {@link ImageKitEmulator#injectFault(Fault)}.
 */
public final class Fault {

	private final int status;

	private final String body;

	private final Map<String, String> headers;

	private final int times;

	private final String operationId;

	private Fault(int status, String body, Map<String, String> headers, int times, String operationId) {
		this.status = status;
		this.body = body;
		this.headers = Map.copyOf(headers);
		this.times = times;
		this.operationId = operationId;
	}

	/** Answers with {@code status} and a JSON body {@code {"message": ..., "help": ...}}. */
	public static Fault status(int status) {
		return new Fault(status, null, Map.of(), 1, null);
	}

	/** Closes the connection without sending a response. */
	public static Fault dropConnection() {
		return new Fault(0, null, Map.of(), 1, null);
	}

	/** Uses {@code json} as the response body instead of the default error body. */
	public Fault body(String json) {
		return new Fault(this.status, Objects.requireNonNull(json), this.headers, this.times, this.operationId);
	}

	/** Adds a response header. */
	public Fault header(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		copy.put(name, value);
		return new Fault(this.status, this.body, copy, this.times, this.operationId);
	}

	/** Applies to the next {@code n} matching calls (default 1). */
	public Fault times(int n) {
		if (n < 1) {
			throw new IllegalArgumentException("times must be >= 1");
		}
		return new Fault(this.status, this.body, this.headers, n, this.operationId);
	}

	/**
	 * Applies only to calls of this operation id or alias, or {@code delivery} for file delivery (default: any
	 * operation, file delivery excluded). See {@link ImageKitEmulator#operationIds()}.
	 */
	public Fault forOperation(String operationId) {
		return new Fault(this.status, this.body, this.headers, this.times, Objects.requireNonNull(operationId));
	}

	/** The status to answer with, {@code 0} for a dropped connection. */
	public int status() {
		return this.status;
	}

	/** The body to send, or {@code null} for the default error body. */
	public String body() {
		return this.body;
	}

	/** Extra response headers. */
	public Map<String, String> headers() {
		return this.headers;
	}

	/** How many calls the fault applies to. */
	public int times() {
		return this.times;
	}

	/** The operation id the fault is limited to, or {@code null} for any. */
	public String operationId() {
		return this.operationId;
	}

	/** Whether the fault closes the connection instead of answering. */
	public boolean dropsConnection() {
		return this.status == 0;
	}

}
