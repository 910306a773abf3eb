/**
 * The opt-in webhook endpoint: verified ImageKit webhooks published as Spring application events, in a WebFlux or
 * a servlet application.
 */
@NullMarked
package io.github.imagekitspring.autoconfigure.webhooks;

import org.jspecify.annotations.NullMarked;
