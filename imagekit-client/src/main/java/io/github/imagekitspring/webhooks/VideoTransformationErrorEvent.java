package io.github.imagekitspring.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code video.transformation.error}: video encoding failed.
 *
 * @param id the event id
 * @param type {@value #TYPE}
 * @param createdAt when the event was created
 * @param request the delivery request that started it
 * @param data the source and the transformation with its error
 */
public record VideoTransformationErrorEvent(String id, String type,
		@JsonProperty("created_at") @JsonAlias("createdAt") @Nullable Instant createdAt,
		VideoTransformationRequest request, VideoTransformationData data) implements WebhookEvent {

	public static final String TYPE = "video.transformation.error";

}
