package io.github.imagekitspring.errors;

import org.springframework.http.HttpHeaders;

/**
 * ImageKit answered 409: the request conflicts with the current state, for example a rename target exists. Never retried.
 */
public class ConflictException extends ImageKitServiceException {

	public ConflictException(String operation, int attempts, int statusCode, ImageKitError error, HttpHeaders headers) {
		super(operation, attempts, statusCode, error, headers);
	}

}
