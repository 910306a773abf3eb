/**
 * The exceptions an ImageKit call ends in, all under {@link io.github.imagekitspring.errors.ImageKitCallException}
 * (operation, attempts, status and request id, set at construction):
 * {@link io.github.imagekitspring.errors.ImageKitServiceException} and one subclass per status the API uses,
 * {@link io.github.imagekitspring.errors.UnreadableResponseException} for a success with a body that cannot be read,
 * {@link io.github.imagekitspring.errors.ImageKitIoException} for transport failures and timeouts,
 * {@link io.github.imagekitspring.errors.ImageKitRateLimitedLocallyException} and
 * {@link io.github.imagekitspring.errors.WaitTimeoutException}.
 */
@NullMarked
package io.github.imagekitspring.errors;

import org.jspecify.annotations.NullMarked;
