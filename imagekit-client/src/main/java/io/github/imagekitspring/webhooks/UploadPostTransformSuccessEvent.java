package io.github.imagekitspring.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code upload.post-transform.success}: a post-transformation was generated (one event per post-transformation).
 *
 * @param id the event id
 * @param type {@value #TYPE}
 * @param createdAt when the event was created
 * @param request the upload request and the post-transformation
 * @param data the file and the generated URL
 */
public record UploadPostTransformSuccessEvent(String id, String type,
		@JsonProperty("created_at") @JsonAlias("createdAt") @Nullable Instant createdAt,
		PostTransformRequest request, Data data) implements WebhookEvent {

	public static final String TYPE = "upload.post-transform.success";

	/**
	 * The upload request of a post-transformation.
	 *
	 * @param xRequestId the upload request's id
	 * @param transformation the requested post-transformation
	 */
	public record PostTransformRequest(@JsonProperty("x_request_id") String xRequestId,
			PostTransformation transformation) {

	}

	/**
	 * A requested post-transformation.
	 *
	 * @param type {@code transformation}, {@code abs}, {@code gif-to-video} or {@code thumbnail}
	 * @param value the transformation value
	 * @param protocol {@code hls} or {@code dash}, for {@code abs}
	 */
	public record PostTransformation(String type, @Nullable String value, @Nullable String protocol) {

	}

	/**
	 * The generated post-transformation.
	 *
	 * @param fileId the uploaded file's id
	 * @param url the post-transformation's URL
	 * @param name the file name
	 */
	public record Data(String fileId, String url, String name) {

	}

}
