package io.github.imagekitspring.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code upload.pre-transform.success}: an upload's pre-transformation succeeded; the file is stored.
 *
 * @param id the event id
 * @param type {@value #TYPE}
 * @param createdAt when the event was created
 * @param request the upload request and its pre-transformation
 * @param data the uploaded file
 */
public record UploadPreTransformSuccessEvent(String id, String type,
		@JsonProperty("created_at") @JsonAlias("createdAt") @Nullable Instant createdAt,
		PreTransformRequest request, WebhookFile data) implements WebhookEvent {

	public static final String TYPE = "upload.pre-transform.success";

	/**
	 * The upload request of a pre-transformation.
	 *
	 * @param xRequestId the upload request's id
	 * @param transformation the pre-transformation text
	 */
	public record PreTransformRequest(@JsonProperty("x_request_id") String xRequestId, String transformation) {

	}

}
