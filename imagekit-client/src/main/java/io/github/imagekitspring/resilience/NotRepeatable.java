package io.github.imagekitspring.resilience;

/**
 * Carries a failure past the retry when the request it came from must not be sent again. The retry's predicate only
 * sees the exception, not the request, so the request's verdict travels with it; unwrapped right after the retry.
 */
final class NotRepeatable extends RuntimeException {

	NotRepeatable(Throwable cause) {
		super(cause.getMessage(), cause, false, false);
	}

}
