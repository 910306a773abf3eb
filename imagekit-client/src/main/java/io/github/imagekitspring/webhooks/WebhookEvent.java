package io.github.imagekitspring.webhooks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A verified webhook event: one record per event type of the spec's {@code webhooks:} section, and
 * {@link UnknownWebhookEvent} for any other type.
 */
public sealed interface WebhookEvent permits VideoTransformationAcceptedEvent, VideoTransformationReadyEvent,
		VideoTransformationErrorEvent, UploadPreTransformSuccessEvent, UploadPreTransformErrorEvent,
		UploadPostTransformSuccessEvent, UploadPostTransformErrorEvent, FileCreatedEvent, FileUpdatedEvent,
		FileDeletedEvent, FileVersionCreatedEvent, FileVersionDeletedEvent, UnknownWebhookEvent {

	/**
	 * The event's unique id.
	 */
	String id();

	/**
	 * The event type, such as {@code video.transformation.ready}.
	 */
	String type();

	/**
	 * When the event was created ({@code created_at}, or {@code createdAt} in older payloads).
	 */
	@Nullable Instant createdAt();

}
