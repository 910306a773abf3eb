/**
 * Delivery URL generation: {@link io.github.imagekitspring.urls.UrlOperations} builds (optionally signed) ImageKit
 * URLs from a {@link io.github.imagekitspring.urls.UrlRequest}, without any HTTP call.
 */
@NullMarked
package io.github.imagekitspring.urls;

import org.jspecify.annotations.NullMarked;
