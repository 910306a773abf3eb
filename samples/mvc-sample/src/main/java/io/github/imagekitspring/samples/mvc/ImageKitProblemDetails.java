package io.github.imagekitspring.samples.mvc;

import io.github.imagekitspring.errors.ConflictException;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.errors.ImageKitRateLimitedLocallyException;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.errors.NotFoundException;
import io.github.imagekitspring.errors.RateLimitException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * ImageKit failures as RFC 9457 problem details, with the request id ImageKit support asks for. What the caller
 * can act on keeps its status (404, 409); what is ImageKit's or the network's problem is a 502, 503 or 504, so
 * that the application's clients never see ImageKit's 401 or 403 as their own. Messages are ImageKit's own words,
 * which never carry the key.
 */
@RestControllerAdvice
class ImageKitProblemDetails {

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "No such image", ex);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "The image conflicts with another", ex);
	}

	@ExceptionHandler({ RateLimitException.class, ImageKitRateLimitedLocallyException.class })
	ProblemDetail rateLimited(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The image service is busy; try again shortly.");
		problem.setTitle("Image service busy");
		if (ex instanceof ImageKitServiceException serviceException) {
			problem.setProperty("requestId", serviceException.requestId());
		}
		return problem;
	}

	@ExceptionHandler(ImageKitServiceException.class)
	ProblemDetail otherwise(ImageKitServiceException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_GATEWAY, "The image service failed", ex);
		problem.setProperty("imagekitStatus", ex.statusCode());
		return problem;
	}

	@ExceptionHandler(ImageKitIoException.class)
	ProblemDetail noAnswer(ImageKitIoException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
				"The image service did not answer in time.");
		problem.setTitle("Image service unreachable");
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, ImageKitServiceException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				(ex.errorMessage() != null) ? ex.errorMessage() : title);
		problem.setTitle(title);
		problem.setProperty("operation", ex.operation());
		problem.setProperty("requestId", ex.requestId());
		return problem;
	}

}
