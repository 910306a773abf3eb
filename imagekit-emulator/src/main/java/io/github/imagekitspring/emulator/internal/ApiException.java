package io.github.imagekitspring.emulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error answer in ImageKit's shape: status, {@code message}, {@code help} and optional extra fields. */
public final class ApiException extends RuntimeException {

	public static final String HELP = "For support kindly contact us at support@imagekit.io.";

	private final int status;

	private final Map<String, Object> extra = new LinkedHashMap<>();

	public ApiException(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	public static ApiException badRequest(String message) {
		return new ApiException(400, message);
	}

	public static ApiException notFound(String message) {
		return new ApiException(404, message);
	}

	public ApiException with(String field, Object value) {
		this.extra.put(field, value);
		return this;
	}

	public int status() {
		return this.status;
	}

	public Map<String, Object> extra() {
		return this.extra;
	}

}
