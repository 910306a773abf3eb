package io.github.imagekitspring.namedtransformations;

import io.github.imagekitspring.CrudOperations;

/**
 * Named transformations: reusable transformation strings, used in URLs as {@code tr:n-<name>} (not in ImageKit's
 * published spec; shapes from ImageKit's generated SDKs). {@code GET} and {@code POST /v1/named-transformations} (at
 * most 250 per account); {@code GET}, {@code PATCH} (only the fields set change) and
 * {@code DELETE /v1/named-transformations/{id}}. Renaming, disabling or deleting one still used by an upload
 * transformation setting fails with a {@link io.github.imagekitspring.errors.ConflictException}.
 */
public interface NamedTransformationOperations extends
		CrudOperations<NamedTransformation, CreateNamedTransformationRequest, UpdateNamedTransformationRequest> {

}
