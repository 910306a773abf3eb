package io.github.imagekitspring.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.github.imagekitspring.ImageKitException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a verified body into the {@link WebhookEvent} record for its {@code type}.
 */
final class WebhookEventParser {

	private static final Map<String, Class<? extends WebhookEvent>> TYPES = Map.ofEntries(
			Map.entry(VideoTransformationAcceptedEvent.TYPE, VideoTransformationAcceptedEvent.class),
			Map.entry(VideoTransformationReadyEvent.TYPE, VideoTransformationReadyEvent.class),
			Map.entry(VideoTransformationErrorEvent.TYPE, VideoTransformationErrorEvent.class),
			Map.entry(UploadPreTransformSuccessEvent.TYPE, UploadPreTransformSuccessEvent.class),
			Map.entry(UploadPreTransformErrorEvent.TYPE, UploadPreTransformErrorEvent.class),
			Map.entry(UploadPostTransformSuccessEvent.TYPE, UploadPostTransformSuccessEvent.class),
			Map.entry(UploadPostTransformErrorEvent.TYPE, UploadPostTransformErrorEvent.class),
			Map.entry(FileCreatedEvent.TYPE, FileCreatedEvent.class),
			Map.entry(FileUpdatedEvent.TYPE, FileUpdatedEvent.class),
			Map.entry(FileDeletedEvent.TYPE, FileDeletedEvent.class),
			Map.entry(FileVersionCreatedEvent.TYPE, FileVersionCreatedEvent.class),
			Map.entry(FileVersionDeletedEvent.TYPE, FileVersionDeletedEvent.class));

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	WebhookEvent parse(byte[] body) {
		JsonNode root;
		try {
			root = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new ImageKitException("Webhook body is not valid JSON", ex);
		}
		if (root == null || !root.isObject()) {
			throw new ImageKitException("Webhook body is not a JSON object");
		}
		String type = root.path("type").asString("");
		Class<? extends WebhookEvent> eventClass = TYPES.get(type);
		if (eventClass == null) {
			return new UnknownWebhookEvent(root.path("id").asString(""), type, createdAt(root),
					new String(body, StandardCharsets.UTF_8));
		}
		try {
			return this.json.treeToValue(root, eventClass);
		}
		catch (JacksonException ex) {
			throw new ImageKitException("Webhook body does not match the " + type + " event", ex);
		}
	}

	private static @Nullable Instant createdAt(JsonNode root) {
		JsonNode value = root.has("created_at") ? root.get("created_at") : root.get("createdAt");
		if (value == null || !value.isString()) {
			return null;
		}
		try {
			return Instant.parse(value.asString());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
