package io.github.imagekitspring.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code file.deleted}: a file was deleted.
 *
 * @param id the event id
 * @param type {@value #TYPE}
 * @param createdAt when the event was created
 * @param data the deleted file's id
 */
public record FileDeletedEvent(String id, String type,
		@JsonProperty("created_at") @JsonAlias("createdAt") @Nullable Instant createdAt,
		Data data) implements WebhookEvent {

	public static final String TYPE = "file.deleted";

	/**
	 * The deleted file.
	 *
	 * @param fileId its id
	 */
	public record Data(String fileId) {

	}

}
