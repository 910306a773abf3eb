/**
 * Load drivers for the client, run by hand; see the module's README.
 */
@NullMarked
package io.github.imagekitspring.benchmarks;

import org.jspecify.annotations.NullMarked;
