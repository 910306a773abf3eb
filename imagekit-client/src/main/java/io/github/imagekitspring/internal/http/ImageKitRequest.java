package io.github.imagekitspring.internal.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.github.imagekitspring.ImageKitOperation;

/**
 * One request for one operation of the table: path variables, query parameters and an optional JSON or multipart
 * body. Values are raw; the exchange encodes them.
 *
 * @param operation the operation
 * @param pathVariables values for the placeholders of the operation's path
 * @param queryParams query parameters, in order
 * @param jsonBody a body to send as JSON, or {@code null}
 * @param multipartBody a multipart body, or {@code null}
 * @param safeToRepeat whether this request may be sent again after a failure
 */
public record ImageKitRequest(ImageKitOperation operation, Map<String, String> pathVariables,
		MultiValueMap<String, String> queryParams, @Nullable Object jsonBody,
		@Nullable MultiValueMap<String, HttpEntity<?>> multipartBody, boolean safeToRepeat) {

	public ImageKitRequest {
		pathVariables = Collections.unmodifiableMap(new LinkedHashMap<>(pathVariables));
		queryParams = new LinkedMultiValueMap<>(queryParams);
	}

	/**
	 * Start a request for an operation; it is as safe to repeat as the operation's table row says.
	 * @param operation the operation
	 * @return a builder
	 */
	public static Builder of(ImageKitOperation operation) {
		return new Builder(operation);
	}

	/** Builds an {@link ImageKitRequest}. */
	public static final class Builder {

		private final ImageKitOperation operation;

		private final Map<String, String> pathVariables = new LinkedHashMap<>();

		private final MultiValueMap<String, String> queryParams = new LinkedMultiValueMap<>();

		private @Nullable Object jsonBody;

		private @Nullable MultiValueMap<String, HttpEntity<?>> multipartBody;

		private boolean safeToRepeat;

		private Builder(ImageKitOperation operation) {
			this.operation = operation;
			this.safeToRepeat = operation.safeToRepeat();
		}

		/**
		 * Set a path variable; the value must already be validated with {@link Arguments#requireId}.
		 * @param name the placeholder name
		 * @param value the raw value, encoded by the exchange
		 * @return this builder
		 */
		public Builder pathVariable(String name, String value) {
			this.pathVariables.put(name, value);
			return this;
		}

		/**
		 * Add a query parameter unless the value is {@code null}.
		 * @param name the parameter name
		 * @param value the value, or {@code null} to leave the parameter out
		 * @return this builder
		 */
		public Builder queryParam(String name, @Nullable Object value) {
			if (value != null) {
				this.queryParams.add(name, value.toString());
			}
			return this;
		}

		public Builder jsonBody(Object body) {
			this.jsonBody = body;
			return this;
		}

		public Builder multipartBody(MultiValueMap<String, HttpEntity<?>> body) {
			this.multipartBody = body;
			return this;
		}

		/**
		 * Override whether the request may be sent again, for requests whose safety depends on their content.
		 * @param safeToRepeat whether a repeat cannot duplicate work
		 * @return this builder
		 */
		public Builder safeToRepeat(boolean safeToRepeat) {
			this.safeToRepeat = safeToRepeat;
			return this;
		}

		public ImageKitRequest build() {
			return new ImageKitRequest(this.operation, this.pathVariables, this.queryParams, this.jsonBody,
					this.multipartBody, this.safeToRepeat);
		}

	}

}
