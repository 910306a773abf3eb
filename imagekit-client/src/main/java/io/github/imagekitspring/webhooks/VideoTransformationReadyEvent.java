package io.github.imagekitspring.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code video.transformation.ready}: the transformed video is ready to be served.
 *
 * @param id the event id
 * @param type {@value #TYPE}
 * @param createdAt when the event was created
 * @param request the delivery request that started it
 * @param timings how long download and encoding took
 * @param data the source and the transformation with its output
 */
public record VideoTransformationReadyEvent(String id, String type,
		@JsonProperty("created_at") @JsonAlias("createdAt") @Nullable Instant createdAt,
		VideoTransformationRequest request, @Nullable Timings timings, VideoTransformationData data)
		implements WebhookEvent {

	public static final String TYPE = "video.transformation.ready";

	/**
	 * Durations of the transformation.
	 *
	 * @param downloadDuration milliseconds spent downloading the source
	 * @param encodingDuration milliseconds spent encoding
	 */
	public record Timings(@JsonProperty("download_duration") @Nullable Long downloadDuration,
			@JsonProperty("encoding_duration") @Nullable Long encodingDuration) {

	}

}
