package io.github.imagekitspring.webhooks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A verified event whose type this client does not know.
 *
 * @param id the event id ({@code ""} if absent)
 * @param type the event type ({@code ""} if absent)
 * @param createdAt when the event was created, if given in a readable form
 * @param json the whole body as received
 */
public record UnknownWebhookEvent(String id, String type, @Nullable Instant createdAt, String json)
		implements WebhookEvent {

}
