package io.github.imagekitspring.errors;

import org.springframework.http.HttpHeaders;

/**
 * ImageKit answered 401: the private key is missing or wrong.
 */
public class UnauthorizedException extends ImageKitServiceException {

	public UnauthorizedException(String operation, int attempts, int statusCode, ImageKitError error, HttpHeaders headers) {
		super(operation, attempts, statusCode, error, headers);
	}

}
