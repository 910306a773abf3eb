package io.github.imagekitspring.e2e;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;
import io.github.imagekitspring.autoconfigure.emulator.EmulatorConnectionDetails;
import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.emulator.ImageKitEmulatorExtension;
import io.github.imagekitspring.emulator.WebhookDelivery;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;
import io.github.imagekitspring.webhooks.FileCreatedEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A WebFlux application with the webhook endpoint on, and the emulator sending its webhooks there: an upload
 * through the starter ends in a {@link FileCreatedEvent} in the application, tied to the upload's request id;
 * a listener's failure is delivered again; a replay is not handled twice.
 */
@SpringBootTest(classes = WebhooksEndToEndTests.Application.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "imagekit.webhooks.path=/imagekit/webhooks",
				"imagekit.webhook-secret=" + WebhooksEndToEndTests.WEBHOOK_SECRET })
class WebhooksEndToEndTests {

	static final String WEBHOOK_SECRET = "whsec_ZTJlLXdlYmhvb2tzLWVuZC10by1lbmQta2V5";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final ImageKitEmulatorExtension emulatorExtension = ImageKitEmulatorExtension
		.create((builder) -> builder.webhookSecret(WEBHOOK_SECRET).webhookRetries(5, Duration.ofMillis(200)));

	@LocalServerPort
	private int port;

	@Autowired
	private ImageKitOperations imageKit;

	@Autowired
	private Listener listener;

	// The application's port is known only once it runs.
	@BeforeEach
	void sendWebhooksToTheApplication() {
		emulator().clearWebhookUrls();
		emulator().addWebhookUrl("http://127.0.0.1:" + this.port + "/imagekit/webhooks");
		this.listener.reset();
	}

	@Test
	void anUploadEndsInAFileCreatedEventTiedToItsRequestId() {
		ImageKitResponse<UploadResult> upload = upload("e2e-webhook.png");
		String fileId = ((UploadedFile) upload.requiredBody()).fileId();

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(this.listener.created).hasSize(1));
		FileCreatedEvent event = this.listener.created.get(0);
		assertThat(event.data().fileId()).isEqualTo(fileId);
		WebhookDelivery delivery = delivered(1).get(0);
		assertThat(delivery.eventId()).isEqualTo(event.id());
		assertThat(delivery.requestId()).isEqualTo(upload.requestId()).isNotBlank();
		assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::status).containsExactly(200);
	}

	@Test
	void aListenerThatFailsGetsTheEventAgainAndHandlesItOnce() {
		this.listener.failures.set(1);
		String fileId = ((UploadedFile) upload("fails-once.png").requiredBody()).fileId();

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(this.listener.created).hasSize(1));
		assertThat(this.listener.created.get(0).data().fileId()).isEqualTo(fileId);
		assertThat(this.listener.calls).hasValue(2);
		assertThat(delivered(1).get(0).attempts()).extracting(WebhookDelivery.Attempt::status).containsExactly(500, 200);
	}

	@Test
	void aReplayIsAcknowledgedAndNotHandledAgain() {
		upload("replayed.png");
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(this.listener.created).hasSize(1));
		String eventId = delivered(1).get(0).eventId();

		emulator().replayWebhook(eventId);
		List<WebhookDelivery> deliveries = delivered(2);
		assertThat(deliveries.get(1).webhookId()).isEqualTo(deliveries.get(0).webhookId());
		assertThat(deliveries.get(1).attempts()).extracting(WebhookDelivery.Attempt::status).containsExactly(200);
		assertThat(this.listener.calls).hasValue(1);
		assertThat(this.listener.created).hasSize(1);
	}

	private ImageKitResponse<UploadResult> upload(String name) {
		return this.imageKit.uploads()
			.withResponse()
			.upload(UploadSource.of(Images.png(3, 2)), UploadRequest.builder(name).build())
			.block(TIMEOUT);
	}

	/** The emulator's delivery log once it holds {@code count} deliveries, all delivered. */
	private static List<WebhookDelivery> delivered(int count) {
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(emulator().webhookDeliveries()).hasSize(count)
			.allSatisfy((d) -> assertThat(d.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED)));
		return emulator().webhookDeliveries();
	}

	private static ImageKitEmulator emulator() {
		return emulatorExtension.emulator();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		ImageKitConnectionDetails imageKitConnectionDetails() {
			return new EmulatorConnectionDetails(emulator());
		}

		@Bean
		Listener listener() {
			return new Listener();
		}

	}

	static class Listener {

		final List<FileCreatedEvent> created = new CopyOnWriteArrayList<>();

		final AtomicInteger calls = new AtomicInteger();

		final AtomicInteger failures = new AtomicInteger();

		@EventListener
		void on(FileCreatedEvent event) {
			this.calls.incrementAndGet();
			if (this.failures.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				throw new IllegalStateException("The listener fails this time");
			}
			this.created.add(event);
		}

		void reset() {
			this.created.clear();
			this.calls.set(0);
			this.failures.set(0);
		}

	}

}
