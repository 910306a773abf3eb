/**
 * Webhook signature verification (Standard Webhooks and the legacy {@code x-ik-signature} scheme) and the typed
 * webhook events.
 */
@NullMarked
package io.github.imagekitspring.webhooks;

import org.jspecify.annotations.NullMarked;
