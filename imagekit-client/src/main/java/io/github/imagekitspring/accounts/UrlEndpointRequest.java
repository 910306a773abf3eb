package io.github.imagekitspring.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * A URL endpoint to create or replace: {@code POST /v1/accounts/url-endpoints},
 * {@code PUT /v1/accounts/url-endpoints/{id}}. Checked when built against ImageKit's limits.
 *
 * @param description 1 to 1000 characters
 * @param urlPrefix the path segment after the account's base URL: up to 100 letters, digits or hyphens; empty only
 * for the default endpoint; {@code null} to leave it out
 * @param origins the ids of up to 10 origins, tried in order when a file is not in the media library
 * @param urlRewriter how other providers' URLs are rewritten, or {@code null}; each variant writes its own
 * {@code type}, so an unknown rewriter read from ImageKit is sent back exactly as read
 */
public record UrlEndpointRequest(String description, @Nullable String urlPrefix, List<String> origins,
		@JsonTypeInfo(use = JsonTypeInfo.Id.NONE) @Nullable UrlRewriter urlRewriter) {

	/** The most origins an endpoint may have. */
	public static final int MAX_ORIGINS = 10;

	private static final Pattern URL_PREFIX = Pattern.compile("[A-Za-z0-9-]{0,100}");

	public UrlEndpointRequest {
		String text = Arguments.requireText(description, "description");
		if (text.length() > 1000) {
			throw new IllegalArgumentException(
					"description must hold 1 to 1000 characters, had " + text.length());
		}
		if (urlPrefix != null && !URL_PREFIX.matcher(urlPrefix).matches()) {
			throw new IllegalArgumentException(
					"urlPrefix must hold at most 100 letters, digits or hyphens, was '" + urlPrefix + "'");
		}
		Arguments.requireNonNull(origins, "origins");
		if (origins.size() > MAX_ORIGINS) {
			throw new IllegalArgumentException(
					"origins must have at most " + MAX_ORIGINS + " entries, had " + origins.size());
		}
		for (String origin : origins) {
			Arguments.requireResourceId(origin, "origins entry");
		}
		origins = List.copyOf(origins);
	}

	/**
	 * Start a request.
	 * @param description 1 to 1000 characters
	 * @return a builder
	 */
	public static Builder builder(String description) {
		return new Builder(description);
	}

	/** Builds a {@link UrlEndpointRequest}. */
	public static final class Builder {

		private final String description;

		private @Nullable String urlPrefix;

		private List<String> origins = List.of();

		private @Nullable UrlRewriter urlRewriter;

		private Builder(String description) {
			this.description = description;
		}

		public Builder urlPrefix(@Nullable String urlPrefix) {
			this.urlPrefix = urlPrefix;
			return this;
		}

		/**
		 * The origins, tried in this order.
		 * @param originIds origin ids
		 * @return this builder
		 */
		public Builder origins(List<String> originIds) {
			this.origins = originIds;
			return this;
		}

		public Builder origins(String... originIds) {
			return origins(Arrays.asList(originIds));
		}

		public Builder urlRewriter(@Nullable UrlRewriter urlRewriter) {
			this.urlRewriter = urlRewriter;
			return this;
		}

		public UrlEndpointRequest build() {
			return new UrlEndpointRequest(this.description, this.urlPrefix, this.origins, this.urlRewriter);
		}

	}

}
