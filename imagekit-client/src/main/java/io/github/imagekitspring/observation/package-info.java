/**
 * Micrometer observation of ImageKit calls: one {@code imagekit.client.requests} observation per logical call,
 * retries and waits included, with WebClient's per-attempt {@code http.client.requests} observations as its
 * children, plus error counters and one log line per call.
 */
@NullMarked
package io.github.imagekitspring.observation;

import org.jspecify.annotations.NullMarked;
