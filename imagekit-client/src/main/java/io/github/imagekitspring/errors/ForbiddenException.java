package io.github.imagekitspring.errors;

import org.springframework.http.HttpHeaders;

/**
 * ImageKit answered 403: the account cannot be authenticated, the key expired, the account is disabled, or a storage or upload limit was reached.
 */
public class ForbiddenException extends ImageKitServiceException {

	public ForbiddenException(String operation, int attempts, int statusCode, ImageKitError error, HttpHeaders headers) {
		super(operation, attempts, statusCode, error, headers);
	}

}
