package io.github.imagekitspring.accounts;

import io.github.imagekitspring.CrudOperations;

/**
 * The URL endpoints of the account (beta at ImageKit): delivery paths, each with the origins it fetches from.
 * {@code GET} (the default endpoint included) and {@code POST /v1/accounts/url-endpoints}; {@code GET}, {@code PUT}
 * (a replacement: fields left out take their defaults) and {@code DELETE /v1/accounts/url-endpoints/{id}}. The id
 * {@code default} names the default endpoint, which cannot be deleted.
 */
public interface UrlEndpointOperations extends CrudOperations<UrlEndpoint, UrlEndpointRequest, UrlEndpointRequest> {

}
