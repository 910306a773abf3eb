package io.github.imagekitspring.emulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Webhooks the emulator sends, received by a small JDK HTTP server and checked with an HMAC computed here. */
class WebhooksTest {

	static final byte[] KEY = "key-of-the-webhooks-test-0123456".getBytes(StandardCharsets.UTF_8);

	static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension
		.create((b) -> b.webhookSecret(SECRET).webhookRetries(5, Duration.ofMillis(200)));

	Receiver receiver;

	Http http;

	@BeforeEach
	void setUp(ImageKitEmulator emulator) throws IOException {
		this.receiver = Receiver.start(0);
		emulator.clearWebhookUrls();
		emulator.addWebhookUrl(this.receiver.url());
		this.http = new Http(emulator);
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop();
	}

	@Test
	void uploadSendsSignedFileCreatedWithTheFileDetailsAndTheRequestId(ImageKitEmulator emulator) throws Exception {
		Http.Response upload = this.http.uploadFile("cat.png", TestImages.png(4, 4), Map.of("useUniqueFileName", "false"));
		String fileId = upload.json().get("fileId").asString();

		Received webhook = this.receiver.take();
		assertThat(webhook.header("webhook-id")).startsWith("msg_");
		long timestamp = Long.parseLong(webhook.header("webhook-timestamp"));
		assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(60);
		assertThat(webhook.header("webhook-signature"))
			.isEqualTo("v1," + hmac(webhook.header("webhook-id") + "." + timestamp + "." + webhook.body()));
		assertThat(webhook.header("content-type")).startsWith("application/json");
		JsonNode event = webhook.json();
		assertThat(event.get("type").asString()).isEqualTo("file.created");
		assertThat(event.get("id").asString()).isNotBlank();
		assertThat(Instant.parse(event.get("created_at").asString())).isNotNull();
		assertThat(event.get("data")).isEqualTo(this.http.get("/v1/files/" + fileId + "/details").json());

		WebhookDelivery delivery = settled(emulator, 1).get(0);
		assertThat(delivery.eventId()).isEqualTo(event.get("id").asString());
		assertThat(delivery.webhookId()).isEqualTo(webhook.header("webhook-id"));
		assertThat(delivery.type()).isEqualTo("file.created");
		assertThat(delivery.target()).isEqualTo(this.receiver.url());
		assertThat(delivery.requestId()).isEqualTo(upload.header("x-ik-requestId")).isNotBlank();
		assertThat(delivery.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
		assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::status).containsExactly(200);
	}

	@Test
	void fileOperationsSendTheirEvents(ImageKitEmulator emulator) throws Exception {
		Map<String, Object> sameName = Map.of("useUniqueFileName", "false");
		String fileId = this.http.uploadFile("a.png", TestImages.png(4, 4), sameName).json().get("fileId").asString();
		this.http.uploadFile("a.png", TestImages.png(5, 5), sameName);
		this.http.patch("/v1/files/" + fileId + "/details", Map.of("tags", List.of("red")));
		this.http.post("/v1/files/addTags", Map.of("fileIds", List.of(fileId), "tags", List.of("blue")));
		this.http.post("/v1/files/removeTags", Map.of("fileIds", List.of(fileId), "tags", List.of("red")));
		String oldVersion = this.http.get("/v1/files/" + fileId + "/versions").json().valueStream()
			.filter((v) -> !v.get("versionInfo").get("id").asString().equals(
					this.http.get("/v1/files/" + fileId + "/details").json().get("versionInfo").get("id").asString()))
			.findFirst().orElseThrow().get("versionInfo").get("id").asString();
		assertThat(this.http.delete("/v1/files/" + fileId + "/versions/" + oldVersion).status()).isEqualTo(204);
		assertThat(this.http.delete("/v1/files/" + fileId).status()).isEqualTo(204);

		List<WebhookDelivery> deliveries = settled(emulator, 7);
		assertThat(deliveries).extracting(WebhookDelivery::type).containsExactly("file.created", "file-version.created",
				"file.updated", "file.updated", "file.updated", "file-version.deleted", "file.deleted");
		assertThat(deliveries).allSatisfy((d) -> assertThat(d.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED));
		Map<String, JsonNode> byType = new HashMap<>();
		for (int i = 0; i < 7; i++) {
			JsonNode event = this.receiver.take().json();
			byType.put(event.get("type").asString(), event.get("data"));
		}
		assertThat(byType.get("file-version.created").get("fileId").asString()).isEqualTo(fileId);
		assertThat(byType.get("file.deleted").toString()).isEqualTo("{\"fileId\":\"" + fileId + "\"}");
		assertThat(byType.get("file-version.deleted").get("fileId").asString()).isEqualTo(fileId);
		assertThat(byType.get("file-version.deleted").get("versionId").asString()).isEqualTo(oldVersion);
	}

	@Test
	void failedAndFailingCallsSendNothing(ImageKitEmulator emulator) throws Exception {
		assertThat(this.http.delete("/v1/files/missing").status()).isEqualTo(404);
		emulator.sendWebhook("marker", "{}");
		assertThat(this.receiver.take().json().get("type").asString()).isEqualTo("marker");
		assertThat(emulator.webhookDeliveries()).extracting(WebhookDelivery::type).containsExactly("marker");
	}

	@Test
	void retriesAfterA500WithTheSameIdAndANewSignature(ImageKitEmulator emulator) throws Exception {
		this.receiver.answer(500);
		String eventId = emulator.sendWebhook("video.transformation.ready", "{\"asset\":{\"url\":\"http://x/v.mp4\"}}");

		Received first = this.receiver.take();
		Received second = this.receiver.take();
		assertThat(second.header("webhook-id")).isEqualTo(first.header("webhook-id"));
		assertThat(second.body()).isEqualTo(first.body());
		for (Received r : List.of(first, second)) {
			assertThat(r.header("webhook-signature"))
				.isEqualTo("v1," + hmac(r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body()));
		}
		WebhookDelivery delivery = settled(emulator, 1).get(0);
		assertThat(delivery.eventId()).isEqualTo(eventId);
		assertThat(delivery.requestId()).isNull();
		assertThat(delivery.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
		assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::status).containsExactly(500, 200);
		assertThat(delivery.attempts().get(1).at()).isAfterOrEqualTo(delivery.attempts().get(0).at().plusMillis(150));
	}

	@Test
	void givesUpAfterTheLastAttempt(ImageKitEmulator emulator) throws Exception {
		this.receiver.answer(503, 503, 503, 503, 503, 503);
		emulator.sendWebhook("file.updated", "{}");
		WebhookDelivery delivery = settled(emulator, 1).get(0);
		assertThat(delivery.outcome()).isEqualTo(WebhookDelivery.Outcome.FAILED);
		assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::status).containsExactly(503, 503, 503, 503, 503);
	}

	@Test
	void deliversOnceAnAbsentReceiverComesBack(ImageKitEmulator emulator) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String away = "http://127.0.0.1:" + port + "/hooks";
		emulator.clearWebhookUrls();
		emulator.addWebhookUrl(away);
		emulator.sendWebhook("file.created", "{\"fileId\":\"f1\"}");
		await(() -> !emulator.webhookDeliveries().get(0).attempts().isEmpty());

		Receiver back = Receiver.start(port);
		try {
			Received webhook = back.take();
			assertThat(webhook.json().get("data").get("fileId").asString()).isEqualTo("f1");
			WebhookDelivery delivery = settled(emulator, 1).get(0);
			assertThat(delivery.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
			assertThat(delivery.attempts().get(0).status()).isZero();
			assertThat(delivery.attempts().get(0).error()).isNotBlank();
			assertThat(delivery.attempts().get(delivery.attempts().size() - 1).status()).isEqualTo(200);
		}
		finally {
			back.stop();
		}
	}

	@Test
	void sendsToEveryTarget(ImageKitEmulator emulator) throws Exception {
		Receiver other = Receiver.start(0);
		try {
			emulator.addWebhookUrl(other.url());
			emulator.sendWebhook("upload.pre-transform.success", "{\"fileId\":\"f2\"}");
			assertThat(this.receiver.take().header("webhook-id")).isEqualTo(other.take().header("webhook-id"));
			assertThat(settled(emulator, 2)).extracting(WebhookDelivery::target)
				.containsExactlyInAnyOrder(this.receiver.url(), other.url());
		}
		finally {
			other.stop();
		}
	}

	@Test
	void replaySendsTheSameDeliveryAgain(ImageKitEmulator emulator) throws Exception {
		String eventId = emulator.sendWebhook("file.deleted", "{\"fileId\":\"f3\"}");
		Received first = this.receiver.take();
		settled(emulator, 1);
		emulator.replayWebhook(eventId);
		Received again = this.receiver.take();
		assertThat(again.header("webhook-id")).isEqualTo(first.header("webhook-id"));
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(settled(emulator, 2)).extracting(WebhookDelivery::eventId).containsExactly(eventId, eventId);
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.replayWebhook("unknown"));
	}

	@Test
	void badWebhookSettingsFailClearlyWithoutTheSecret(ImageKitEmulator emulator) {
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.sendWebhook("file.created", "[1]"))
			.withMessageContaining("JSON object");
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.sendWebhook(" ", "{}"));
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.addWebhookUrl("ftp://example.com/hooks"))
			.withMessageContaining("http");
		assertThatIllegalArgumentException().isThrownBy(() -> ImageKitEmulator.builder().webhookSecret("whsec_not*base64"))
			.withMessageNotContaining("not*base64");
		assertThatIllegalArgumentException().isThrownBy(() -> ImageKitEmulator.builder().webhookRetries(0, Duration.ofSeconds(1)));
	}

	/** Waits until {@code count} deliveries are in the log and none is pending any more. */
	private static List<WebhookDelivery> settled(ImageKitEmulator emulator, int count) throws InterruptedException {
		await(() -> {
			List<WebhookDelivery> all = emulator.webhookDeliveries();
			return all.size() == count && all.stream().noneMatch((d) -> d.outcome() == WebhookDelivery.Outcome.PENDING);
		});
		return emulator.webhookDeliveries();
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Condition not met within 30 s");
			}
			Thread.sleep(20);
		}
	}

	private static String hmac(String message) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
	}

	record Received(Map<String, List<String>> headers, String body) {

		String header(String name) {
			return this.headers.entrySet().stream().filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0)).findFirst().orElse(null);
		}

		JsonNode json() {
			return Http.JSON.readTree(this.body);
		}

	}

	/** Records every request and answers with the planned statuses, then 200. */
	static final class Receiver {

		private final HttpServer server;

		private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

		private final ConcurrentLinkedDeque<Integer> planned = new ConcurrentLinkedDeque<>();

		private final ExecutorService executor = Executors.newSingleThreadExecutor();

		private Receiver(HttpServer server) {
			this.server = server;
		}

		static Receiver start(int port) throws IOException {
			Receiver receiver = new Receiver(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0));
			receiver.server.createContext("/hooks", (exchange) -> {
				byte[] body = exchange.getRequestBody().readAllBytes();
				receiver.received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
				Integer status = receiver.planned.poll();
				exchange.sendResponseHeaders((status != null) ? status : 200, -1);
				exchange.close();
			});
			receiver.server.setExecutor(receiver.executor);
			receiver.server.start();
			return receiver;
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks";
		}

		void answer(Integer... statuses) {
			this.planned.addAll(List.of(statuses));
		}

		Received take() throws InterruptedException {
			Received r = this.received.poll(30, TimeUnit.SECONDS);
			assertThat(r).as("a webhook within 30 s").isNotNull();
			return r;
		}

		void stop() {
			this.server.stop(0);
			this.executor.shutdownNow();
		}

	}

}
