package io.github.imagekitspring.urls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * What to build a delivery URL for. Create one with {@link #forPath(String)} (a path relative to the URL endpoint)
 * or {@link #forSrc(String)} (an absolute URL, for which transformations always go into the query).
 *
 * @param path the file path relative to the URL endpoint, such as {@code /folder/image.jpg}; {@code null} when
 * {@code src} is used
 * @param src an absolute http(s) URL; {@code null} when {@code path} is used
 * @param urlEndpoint overrides the configured URL endpoint for this URL
 * @param transformations the chain, one step per element, joined with {@code :}
 * @param position where the chain goes for a {@code path}
 * @param queryParameters extra query parameters, in order
 * @param signed whether to sign the URL (also implied by a positive {@code expiresIn})
 * @param expiresIn how long a signed URL stays valid; {@code null} or zero means it does not expire
 */
public record UrlRequest(@Nullable String path, @Nullable String src, @Nullable String urlEndpoint,
		List<Transformation> transformations, TransformationPosition position, Map<String, String> queryParameters,
		boolean signed, @Nullable Duration expiresIn) {

	public UrlRequest {
		if ((path == null) == (src == null)) {
			throw new IllegalArgumentException("exactly one of path and src must be given");
		}
		if (path != null && path.isBlank()) {
			throw new IllegalArgumentException("path must not be blank");
		}
		if (src != null) {
			Arguments.requireHttpUrl(src, "src");
		}
		if (urlEndpoint != null) {
			Arguments.requireHttpUrl(urlEndpoint, "urlEndpoint");
		}
		if (expiresIn != null && expiresIn.isNegative()) {
			throw new IllegalArgumentException("expiresIn must not be negative");
		}
		transformations = List.copyOf(transformations);
		queryParameters = Collections.unmodifiableMap(new LinkedHashMap<>(queryParameters));
	}

	/**
	 * Starts a request for a path relative to the URL endpoint.
	 */
	public static Builder forPath(String path) {
		return new Builder(path, null);
	}

	/**
	 * Starts a request for an absolute http(s) URL, used as it is instead of the URL endpoint.
	 */
	public static Builder forSrc(String src) {
		return new Builder(null, src);
	}

	/**
	 * Whether the URL gets a signature: when {@code signed} or when {@code expiresIn} is positive.
	 */
	public boolean signatureRequired() {
		return this.signed || (this.expiresIn != null && this.expiresIn.toSeconds() > 0);
	}

	/**
	 * Builds a {@link UrlRequest}.
	 */
	public static final class Builder {

		private final @Nullable String path;

		private final @Nullable String src;

		private @Nullable String urlEndpoint;

		private final List<Transformation> transformations = new ArrayList<>();

		private TransformationPosition position = TransformationPosition.QUERY;

		private final Map<String, String> queryParameters = new LinkedHashMap<>();

		private boolean signed;

		private @Nullable Duration expiresIn;

		private Builder(@Nullable String path, @Nullable String src) {
			this.path = path;
			this.src = src;
		}

		public Builder urlEndpoint(String urlEndpoint) {
			this.urlEndpoint = urlEndpoint;
			return this;
		}

		/**
		 * Appends steps to the transformation chain.
		 */
		public Builder transformation(Transformation... steps) {
			this.transformations.addAll(Arrays.asList(steps));
			return this;
		}

		public Builder transformations(List<Transformation> steps) {
			this.transformations.addAll(steps);
			return this;
		}

		public Builder position(TransformationPosition position) {
			this.position = position;
			return this;
		}

		public Builder queryParameter(String name, String value) {
			this.queryParameters.put(name, value);
			return this;
		}

		public Builder signed(boolean signed) {
			this.signed = signed;
			return this;
		}

		/**
		 * Signs the URL with an expiry {@code expiresIn} from now ({@code ik-t}).
		 */
		public Builder expiresIn(Duration expiresIn) {
			this.expiresIn = expiresIn;
			return this;
		}

		public UrlRequest build() {
			return new UrlRequest(this.path, this.src, this.urlEndpoint, this.transformations, this.position,
					this.queryParameters, this.signed, this.expiresIn);
		}

	}

}
