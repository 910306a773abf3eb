/**
 * Purging the CDN and ImageKit's internal cache of a URL, and following the purge.
 */
@NullMarked
package io.github.imagekitspring.cache;

import org.jspecify.annotations.NullMarked;
