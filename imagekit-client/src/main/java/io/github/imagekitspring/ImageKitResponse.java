package io.github.imagekitspring;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A successful ImageKit response with its metadata: status, headers and the {@code x-ik-requestId} value that
 * ImageKit support asks for.
 *
 * @param statusCode the HTTP status code
 * @param headers the response headers, read-only
 * @param requestId the {@code x-ik-requestId} header value, or {@code null} if the server sent none
 * @param body the decoded body, or {@code null} for responses without one (204)
 * @param <T> the body type
 */
public record ImageKitResponse<T>(int statusCode, HttpHeaders headers, @Nullable String requestId, @Nullable T body) {

	/** Name of the header that carries ImageKit's request id. */
	public static final String REQUEST_ID_HEADER = "x-ik-requestId";

	public ImageKitResponse {
		headers = HttpHeaders.readOnlyHttpHeaders(headers);
	}

	/**
	 * Return the body, failing if the response had none.
	 * @return the body
	 */
	public T requiredBody() {
		if (this.body == null) {
			throw new ImageKitException("ImageKit response " + this.statusCode + " had no body (request id: "
					+ this.requestId + ")");
		}
		return this.body;
	}

	/**
	 * Return a response with the same metadata and a body derived from this one.
	 * @param mapper maps the body
	 * @param <R> the new body type
	 * @return the mapped response
	 */
	public <R> ImageKitResponse<R> map(Function<? super T, ? extends @Nullable R> mapper) {
		return new ImageKitResponse<>(this.statusCode, this.headers, this.requestId,
				(this.body != null) ? mapper.apply(this.body) : null);
	}

}
