package io.github.imagekitspring.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code upload.post-transform.error}: a post-transformation failed; the original file is still available.
 *
 * @param id the event id
 * @param type {@value #TYPE}
 * @param createdAt when the event was created
 * @param request the upload request and the post-transformation
 * @param data the file and the failure
 */
public record UploadPostTransformErrorEvent(String id, String type,
		@JsonProperty("created_at") @JsonAlias("createdAt") @Nullable Instant createdAt,
		UploadPostTransformSuccessEvent.PostTransformRequest request, Data data) implements WebhookEvent {

	public static final String TYPE = "upload.post-transform.error";

	/**
	 * The failed post-transformation.
	 *
	 * @param fileId the uploaded file's id
	 * @param url the attempted post-transformation URL
	 * @param name the file name
	 * @param path the file path
	 * @param transformation the failure
	 */
	public record Data(String fileId, String url, String name, String path, FailedTransformation transformation) {

	}

}
