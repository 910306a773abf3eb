/**
 * Retries and client-side rate limiting for ImageKit calls, built on Resilience4j:
 * {@link io.github.imagekitspring.resilience.ImageKitResilience} is configured once and shared by the clients of
 * every account.
 */
@NullMarked
package io.github.imagekitspring.resilience;

import org.jspecify.annotations.NullMarked;
