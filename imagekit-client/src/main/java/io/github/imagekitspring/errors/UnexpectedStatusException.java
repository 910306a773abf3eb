package io.github.imagekitspring.errors;

import org.springframework.http.HttpHeaders;

/**
 * ImageKit answered with a status the API does not document.
 */
public class UnexpectedStatusException extends ImageKitServiceException {

	public UnexpectedStatusException(String operation, int attempts, int statusCode, ImageKitError error, HttpHeaders headers) {
		super(operation, attempts, statusCode, error, headers);
	}

}
