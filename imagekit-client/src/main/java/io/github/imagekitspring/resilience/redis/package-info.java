/**
 * The rate-limit store that instances on one account share, in Redis. Needs Lettuce and Bucket4j, which the client
 * declares as optional dependencies.
 */
@NullMarked
package io.github.imagekitspring.resilience.redis;

import org.jspecify.annotations.NullMarked;
