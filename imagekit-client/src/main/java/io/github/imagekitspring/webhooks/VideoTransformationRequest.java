package io.github.imagekitspring.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The delivery request that started a video transformation.
 *
 * @param xRequestId the originating request's id
 * @param url the full URL that was requested
 * @param userAgent the requester's User-Agent
 */
public record VideoTransformationRequest(@JsonProperty("x_request_id") String xRequestId, String url,
		@JsonProperty("user_agent") @Nullable String userAgent) {

}
