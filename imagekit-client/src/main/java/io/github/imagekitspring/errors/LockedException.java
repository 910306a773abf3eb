package io.github.imagekitspring.errors;

import org.springframework.http.HttpHeaders;

/**
 * ImageKit answered 423: a bulk folder job holds a lock on the folder.
 */
public class LockedException extends ImageKitServiceException {

	public LockedException(String operation, int attempts, int statusCode, ImageKitError error, HttpHeaders headers) {
		super(operation, attempts, statusCode, error, headers);
	}

}
