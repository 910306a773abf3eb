package io.github.imagekitspring.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.github.imagekitspring.testsupport.WebhookSignatures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payloads follow the spec's {@code webhooks:} schemas; they go through the public verifier with valid signatures.
 */
class WebhookEventParsingTests {

	private static final String SECRET = "whsec_c2VjcmV0LWZvci1ldmVudC10ZXN0cw==";

	private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

	private final WebhookVerifier verifier = WebhookVerifier.create(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

	private static final String FILE = """
			{"fileId":"598821f949c0a938d57563bd","type":"file","name":"file1.jpg","filePath":"/images/products/file1.jpg",
			 "tags":["t-shirt","round-neck"],"AITags":null,"versionInfo":{"id":"v1","name":"Version 1"},
			 "isPrivateFile":false,"isPublished":true,"customCoordinates":null,
			 "url":"https://ik.imagekit.io/your_imagekit_id/images/products/file1.jpg",
			 "thumbnail":"https://ik.imagekit.io/your_imagekit_id/tr:n-ik_ml_thumbnail/images/products/file1.jpg",
			 "fileType":"image","mime":"image/jpeg","width":100,"height":100,"size":100,"hasAlpha":false,
			 "customMetadata":{"brand":"Nike"},"createdAt":"2019-08-24T06:14:41.313Z","updatedAt":"2019-09-24T06:14:41.313Z"}""";

	@Test
	void videoTransformationAccepted() {
		// The official Node SDK's webhook test payload.
		String body = "{\"id\":\"id\",\"type\":\"video.transformation.accepted\",\"created_at\":\"2019-12-27T18:11:19.117Z\","
				+ "\"data\":{\"asset\":{\"url\":\"https://example.com\"},\"transformation\":{\"type\":\"video-transformation\","
				+ "\"options\":{\"audio_codec\":\"aac\",\"auto_rotate\":true,\"format\":\"mp4\",\"quality\":0,"
				+ "\"stream_protocol\":\"HLS\",\"variants\":[\"string\"],\"video_codec\":\"h264\"}}},"
				+ "\"request\":{\"url\":\"https://example.com\",\"x_request_id\":\"x_request_id\",\"user_agent\":\"user_agent\"}}";
		assertThat(verified(body)).isEqualTo(new VideoTransformationAcceptedEvent("id", "video.transformation.accepted",
				Instant.parse("2019-12-27T18:11:19.117Z"),
				new VideoTransformationRequest("x_request_id", "https://example.com", "user_agent"),
				new VideoTransformationData(new VideoTransformationData.Asset("https://example.com"),
						new VideoTransformationData.Transformation("video-transformation",
								new VideoTransformationData.Options("h264", "aac", true, 0, "mp4", "HLS", List.of("string")),
								null, null))));
	}

	@Test
	void videoTransformationReady() {
		String body = """
				{"id":"e2","type":"video.transformation.ready","created_at":"2025-03-01T09:59:00Z",
				 "request":{"x_request_id":"r2","url":"https://ik.imagekit.io/demo/v.mp4?tr=w-300"},
				 "timings":{"download_duration":120,"encoding_duration":4500},
				 "data":{"asset":{"url":"https://ik.imagekit.io/demo/v.mp4"},
				  "transformation":{"type":"video-transformation","options":{"format":"mp4"},
				   "output":{"url":"https://ik.imagekit.io/demo/v.mp4?tr=w-300",
				    "video_metadata":{"duration":12.5,"width":300,"height":168,"bitrate":480000}}}}}""";
		VideoTransformationReadyEvent event = (VideoTransformationReadyEvent) verified(body);
		assertThat(event.timings()).isEqualTo(new VideoTransformationReadyEvent.Timings(120L, 4500L));
		assertThat(event.request().userAgent()).isNull();
		assertThat(event.data().transformation().output()).isEqualTo(new VideoTransformationData.Output(
				"https://ik.imagekit.io/demo/v.mp4?tr=w-300",
				new VideoTransformationData.VideoMetadata(12.5, 300, 168, 480000L)));
	}

	@Test
	void videoTransformationError() {
		String body = """
				{"id":"e3","type":"video.transformation.error","created_at":"2025-03-01T09:59:00Z",
				 "request":{"x_request_id":"r3","url":"https://ik.imagekit.io/demo/v.mp4?tr=w-300","user_agent":"curl"},
				 "data":{"asset":{"url":"https://ik.imagekit.io/demo/v.mp4"},
				  "transformation":{"type":"gif-to-video","error":{"reason":"download_failed"}}}}""";
		VideoTransformationErrorEvent event = (VideoTransformationErrorEvent) verified(body);
		assertThat(event.data().transformation().error()).isEqualTo(new TransformationError("download_failed"));
	}

	@Test
	void uploadPreTransformSuccess() {
		String body = """
				{"id":"e4","type":"upload.pre-transform.success","created_at":"2025-03-01T09:59:00Z",
				 "request":{"x_request_id":"r4","transformation":"w-300,h-300"},
				 "data":{"fileId":"f4","name":"a.jpg","filePath":"/a.jpg","url":"https://ik.imagekit.io/demo/a.jpg",
				  "thumbnailUrl":"https://ik.imagekit.io/demo/tr:n-ik_ml_thumbnail/a.jpg","height":300,"width":300,
				  "size":1234,"fileType":"image","versionInfo":{"id":"v4","name":"Version 1"},"AITags":null}}""";
		UploadPreTransformSuccessEvent event = (UploadPreTransformSuccessEvent) verified(body);
		assertThat(event.request())
			.isEqualTo(new UploadPreTransformSuccessEvent.PreTransformRequest("r4", "w-300,h-300"));
		assertThat(event.data().fileId()).isEqualTo("f4");
		assertThat(event.data().thumbnailUrl()).isEqualTo("https://ik.imagekit.io/demo/tr:n-ik_ml_thumbnail/a.jpg");
		assertThat(event.data().versionInfo()).isEqualTo(new WebhookFile.VersionInfo("v4", "Version 1"));
	}

	@Test
	void uploadPreTransformError() {
		String body = """
				{"id":"e5","type":"upload.pre-transform.error","created_at":"2025-03-01T09:59:00Z",
				 "request":{"x_request_id":"r5","transformation":"w-300"},
				 "data":{"name":"a.mov","path":"/a.mov","transformation":{"error":{"reason":"encoding_failed"}}}}""";
		assertThat(verified(body)).isEqualTo(new UploadPreTransformErrorEvent("e5", "upload.pre-transform.error",
				Instant.parse("2025-03-01T09:59:00Z"),
				new UploadPreTransformSuccessEvent.PreTransformRequest("r5", "w-300"),
				new UploadPreTransformErrorEvent.Data("a.mov", "/a.mov",
						new FailedTransformation(new TransformationError("encoding_failed")))));
	}

	@Test
	void uploadPostTransformSuccess() {
		String body = """
				{"id":"e6","type":"upload.post-transform.success","created_at":"2025-03-01T09:59:00Z",
				 "request":{"x_request_id":"r6","transformation":{"type":"abs","value":"sr-240_360","protocol":"hls"}},
				 "data":{"fileId":"f6","url":"https://ik.imagekit.io/demo/v.mp4/ik-master.m3u8?tr=sr-240_360","name":"v.mp4"}}""";
		assertThat(verified(body)).isEqualTo(new UploadPostTransformSuccessEvent("e6", "upload.post-transform.success",
				Instant.parse("2025-03-01T09:59:00Z"),
				new UploadPostTransformSuccessEvent.PostTransformRequest("r6",
						new UploadPostTransformSuccessEvent.PostTransformation("abs", "sr-240_360", "hls")),
				new UploadPostTransformSuccessEvent.Data("f6",
						"https://ik.imagekit.io/demo/v.mp4/ik-master.m3u8?tr=sr-240_360", "v.mp4")));
	}

	@Test
	void uploadPostTransformError() {
		String body = """
				{"id":"e7","type":"upload.post-transform.error","created_at":"2025-03-01T09:59:00Z",
				 "request":{"x_request_id":"r7","transformation":{"type":"thumbnail"}},
				 "data":{"fileId":"f7","url":"https://ik.imagekit.io/demo/v.mp4/ik-thumbnail.jpg","name":"v.mp4",
				  "path":"/v.mp4","transformation":{"error":{"reason":"encoding_failed"}}}}""";
		UploadPostTransformErrorEvent event = (UploadPostTransformErrorEvent) verified(body);
		assertThat(event.request().transformation())
			.isEqualTo(new UploadPostTransformSuccessEvent.PostTransformation("thumbnail", null, null));
		assertThat(event.data().path()).isEqualTo("/v.mp4");
		assertThat(event.data().transformation().error().reason()).isEqualTo("encoding_failed");
	}

	@Test
	void fileCreatedUpdatedAndVersionCreatedCarryTheFile() {
		for (String type : List.of("file.created", "file.updated", "file-version.created")) {
			String body = "{\"id\":\"e8\",\"type\":\"" + type + "\",\"created_at\":\"2025-03-01T09:59:00Z\",\"data\":" + FILE
					+ "}";
			WebhookEvent event = verified(body);
			WebhookFile file = switch (type) {
				case "file.created" -> ((FileCreatedEvent) event).data();
				case "file.updated" -> ((FileUpdatedEvent) event).data();
				default -> ((FileVersionCreatedEvent) event).data();
			};
			assertThat(event.type()).isEqualTo(type);
			assertThat(file).isEqualTo(new WebhookFile("598821f949c0a938d57563bd", "file", "file1.jpg",
					"/images/products/file1.jpg", "https://ik.imagekit.io/your_imagekit_id/images/products/file1.jpg",
					"https://ik.imagekit.io/your_imagekit_id/tr:n-ik_ml_thumbnail/images/products/file1.jpg", "image",
					"image/jpeg", 100, 100, 100L, List.of("t-shirt", "round-neck"), false, true,
					Map.of("brand", "Nike"), new WebhookFile.VersionInfo("v1", "Version 1"), null,
					Instant.parse("2019-08-24T06:14:41.313Z"), Instant.parse("2019-09-24T06:14:41.313Z")));
		}
	}

	@Test
	void fileDeletedAndVersionDeleted() {
		assertThat(verified("{\"id\":\"e9\",\"type\":\"file.deleted\",\"created_at\":\"2025-03-01T09:59:00Z\","
				+ "\"data\":{\"fileId\":\"f9\"}}"))
			.isEqualTo(new FileDeletedEvent("e9", "file.deleted", Instant.parse("2025-03-01T09:59:00Z"),
					new FileDeletedEvent.Data("f9")));
		assertThat(verified("{\"id\":\"e10\",\"type\":\"file-version.deleted\",\"createdAt\":\"2025-03-01T09:59:00Z\","
				+ "\"data\":{\"fileId\":\"f10\",\"versionId\":\"v10\"}}"))
			.isEqualTo(new FileVersionDeletedEvent("e10", "file-version.deleted", Instant.parse("2025-03-01T09:59:00Z"),
					new FileVersionDeletedEvent.Data("f10", "v10")));
	}

	@Test
	void unknownTypeKeepsTheRawJson() {
		String body = "{\"id\":\"e11\",\"type\":\"asset.teleported\",\"created_at\":\"2025-03-01T09:59:00Z\",\"data\":{\"x\":1}}";
		assertThat(verified(body)).isEqualTo(new UnknownWebhookEvent("e11", "asset.teleported",
				Instant.parse("2025-03-01T09:59:00Z"), body));
	}

	private WebhookEvent verified(String body) {
		long timestamp = NOW.getEpochSecond();
		byte[] key = java.util.Base64.getDecoder().decode(SECRET.substring("whsec_".length()));
		String signature = WebhookSignatures.standardSignature(key, "msg", timestamp, body);
		return this.verifier.verify(body.getBytes(StandardCharsets.UTF_8),
				WebhookSignatures.standardHeaders("msg", timestamp, "v1," + signature));
	}

}
