package io.github.imagekitspring.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code file-version.deleted}: a file version was deleted.
 *
 * @param id the event id
 * @param type {@value #TYPE}
 * @param createdAt when the event was created
 * @param data the deleted version's ids
 */
public record FileVersionDeletedEvent(String id, String type,
		@JsonProperty("created_at") @JsonAlias("createdAt") @Nullable Instant createdAt,
		Data data) implements WebhookEvent {

	public static final String TYPE = "file-version.deleted";

	/**
	 * The deleted file version.
	 *
	 * @param fileId the file's id
	 * @param versionId the version's id
	 */
	public record Data(String fileId, String versionId) {

	}

}
