package io.github.imagekitspring.observation;

import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.errors.ImageKitRateLimitedLocallyException;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.errors.ResponseTooLargeException;
import io.github.imagekitspring.errors.UnreadableResponseException;

/**
 * The values of the {@code error.type} key: a small, fixed set, so they are safe as metric tags.
 */
public final class ImageKitErrorTypes {

	/** The call succeeded. */
	public static final String NONE = "none";

	/** The subscriber cancelled the call before it ended. */
	public static final String CANCELLED = "cancelled";

	/** ImageKit answered 400. */
	public static final String BAD_REQUEST = "bad_request";

	/** ImageKit answered 401: the private key is wrong. */
	public static final String UNAUTHORIZED = "unauthorized";

	/** ImageKit answered 403. */
	public static final String FORBIDDEN = "forbidden";

	/** ImageKit answered 404. */
	public static final String NOT_FOUND = "not_found";

	/** ImageKit answered 409. */
	public static final String CONFLICT = "conflict";

	/** ImageKit answered 423. */
	public static final String LOCKED = "locked";

	/** ImageKit answered 429: the server's rate limit was hit. */
	public static final String RATE_LIMITED = "rate_limited";

	/** The client's own rate limiter refused to send the request. */
	public static final String THROTTLED = "throttled";

	/** ImageKit answered with a 5xx status. */
	public static final String SERVER_ERROR = "server_error";

	/** ImageKit answered with a status its API does not use. */
	public static final String UNEXPECTED_STATUS = "unexpected_status";

	/** No answer: connection refused or reset, or a timeout. */
	public static final String TRANSPORT = "transport";

	/** A success status with a body the client cannot read. */
	public static final String UNREADABLE_RESPONSE = "unreadable_response";

	/** A success status with a body over the client's {@code maxResponseSize}. */
	public static final String RESPONSE_TOO_LARGE = "response_too_large";

	/** Any other exception. */
	public static final String OTHER = "other";

	private ImageKitErrorTypes() {
	}

	/**
	 * Classify an error.
	 * @param error the error a call failed with, or {@code null} if it did not fail
	 * @return the {@code error.type} value
	 */
	public static String of(@Nullable Throwable error) {
		if (error == null) {
			return NONE;
		}
		if (error instanceof ImageKitServiceException serviceException) {
			return ofStatus(serviceException.statusCode());
		}
		if (error instanceof ImageKitIoException) {
			return TRANSPORT;
		}
		if (error instanceof ResponseTooLargeException) {
			return RESPONSE_TOO_LARGE;
		}
		if (error instanceof UnreadableResponseException) {
			return UNREADABLE_RESPONSE;
		}
		if (error instanceof ImageKitRateLimitedLocallyException || error instanceof RequestNotPermitted) {
			return THROTTLED;
		}
		return OTHER;
	}

	private static String ofStatus(int status) {
		return switch (status) {
			case 400 -> BAD_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 409 -> CONFLICT;
			case 423 -> LOCKED;
			case 429 -> RATE_LIMITED;
			default -> (status >= 500 && status < 600) ? SERVER_ERROR : UNEXPECTED_STATUS;
		};
	}

}
