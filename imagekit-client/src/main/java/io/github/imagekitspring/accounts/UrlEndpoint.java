package io.github.imagekitspring.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A URL endpoint as ImageKit returns it.
 *
 * @param id the id; {@code default} for the endpoint ImageKit created with the account
 * @param description the description
 * @param urlPrefix the path segment after the account's base URL; empty for the default endpoint
 * @param origins the ids of the origins tried, in order, when a file is not in the media library
 * @param urlRewriter how other providers' URLs are rewritten, or {@code null}
 */
public record UrlEndpoint(String id, String description, String urlPrefix, List<String> origins,
		@Nullable UrlRewriter urlRewriter) {

	public UrlEndpoint {
		origins = (origins != null) ? List.copyOf(origins) : List.of();
	}

}
