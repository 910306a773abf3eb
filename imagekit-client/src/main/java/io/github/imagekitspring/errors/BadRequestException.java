package io.github.imagekitspring.errors;

import org.springframework.http.HttpHeaders;

/**
 * ImageKit answered 400: the request was invalid, or an account quota was exceeded.
 */
public class BadRequestException extends ImageKitServiceException {

	public BadRequestException(String operation, int attempts, int statusCode, ImageKitError error, HttpHeaders headers) {
		super(operation, attempts, statusCode, error, headers);
	}

}
