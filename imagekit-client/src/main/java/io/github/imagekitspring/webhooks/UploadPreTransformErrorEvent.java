package io.github.imagekitspring.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code upload.pre-transform.error}: an upload's pre-transformation failed.
 *
 * @param id the event id
 * @param type {@value #TYPE}
 * @param createdAt when the event was created
 * @param request the upload request and its pre-transformation
 * @param data the file and the failure
 */
public record UploadPreTransformErrorEvent(String id, String type,
		@JsonProperty("created_at") @JsonAlias("createdAt") @Nullable Instant createdAt,
		UploadPreTransformSuccessEvent.PreTransformRequest request, Data data) implements WebhookEvent {

	public static final String TYPE = "upload.pre-transform.error";

	/**
	 * The file whose pre-transformation failed.
	 *
	 * @param name the file name
	 * @param path the file path
	 * @param transformation the failure
	 */
	public record Data(String name, String path, FailedTransformation transformation) {

	}

}
