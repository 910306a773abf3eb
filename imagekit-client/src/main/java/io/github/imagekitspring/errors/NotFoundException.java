package io.github.imagekitspring.errors;

import org.springframework.http.HttpHeaders;

/**
 * ImageKit answered 404: the file, version, folder, job or other resource does not exist.
 */
public class NotFoundException extends ImageKitServiceException {

	public NotFoundException(String operation, int attempts, int statusCode, ImageKitError error, HttpHeaders headers) {
		super(operation, attempts, statusCode, error, headers);
	}

}
