package io.github.imagekitspring.emulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why ImageKit refuses a call: a kind, a message and optional extra fields of ImageKit's error body
 * ({@code reason}, {@code missingFileIds}, {@code errors}). The route layer turns the kind into a status.
 */
final class ApiException extends RuntimeException {

	/** What went wrong, in the API's terms. */
	enum Kind {

		/** The request breaks a rule. */
		INVALID,

		/** No credentials, or a private file without a valid signature. */
		UNAUTHENTICATED,

		/** Credentials of another account. */
		FORBIDDEN,

		NOT_FOUND,

		/** A name already taken. */
		CONFLICT,

		/** A folder job holds the path. */
		LOCKED

	}

	private final Kind kind;

	private final Map<String, Object> extra = new LinkedHashMap<>();

	ApiException(Kind kind, String message) {
		super(message, null, false, false);
		this.kind = kind;
	}

	static ApiException invalid(String message) {
		return new ApiException(Kind.INVALID, message);
	}

	static ApiException notFound(String message) {
		return new ApiException(Kind.NOT_FOUND, message);
	}

	ApiException with(String field, Object value) {
		this.extra.put(field, value);
		return this;
	}

	Kind kind() {
		return this.kind;
	}

	Map<String, Object> extra() {
		return this.extra;
	}

}
