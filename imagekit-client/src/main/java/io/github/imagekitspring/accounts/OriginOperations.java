package io.github.imagekitspring.accounts;

import io.github.imagekitspring.CrudOperations;

/**
 * The origins of the account (beta at ImageKit): where ImageKit fetches files that are not in the media library.
 * {@code GET} and {@code POST /v1/accounts/origins}; {@code GET}, {@code PUT} (a replacement: fields left out take
 * their defaults) and {@code DELETE /v1/accounts/origins/{id}}. Deleting an origin fails while a URL endpoint uses
 * it.
 */
public interface OriginOperations extends CrudOperations<Origin, OriginRequest, OriginRequest> {

}
