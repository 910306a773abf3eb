package io.github.imagekitspring.e2e;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.emulator.WebhookDelivery;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;
import io.github.imagekitspring.webhooks.FileCreatedEvent;
import io.github.imagekitspring.webhooks.FileDeletedEvent;
import io.github.imagekitspring.webhooks.WebhookEvent;

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
 * The embedded emulator on ({@code imagekit.emulator.enabled=true}, no account) and the webhook endpoint on: the
 * emulator signs its webhooks with the application's secret and sends them to the application's own endpoint, so
 * webhook handling works offline.
 */
@SpringBootTest(classes = EmbeddedEmulatorWebhooksEndToEndTests.Application.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "imagekit.emulator.enabled=true", "spring.main.web-application-type=reactive",
				"spring.webflux.base-path=/app",
				"imagekit.webhooks.path=/imagekit/webhooks",
				"imagekit.webhook-secret=whsec_ZW1iZWRkZWQtZW11bGF0b3Itd2ViaG9va3Mta2V5" })
class EmbeddedEmulatorWebhooksEndToEndTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@LocalServerPort
	private int port;

	@Autowired
	private ImageKitOperations imageKit;

	@Autowired
	private ImageKitEmulator emulator;

	@Autowired
	private List<WebhookEvent> received;

	@Test
	void uploadsAndDeletesReachTheApplicationsOwnEndpoint() {
		assertThat(this.emulator.webhookUrls()).containsExactly("http://127.0.0.1:" + this.port + "/app/imagekit/webhooks");

		UploadedFile uploaded = (UploadedFile) this.imageKit.uploads()
			.upload(UploadSource.of(Images.png(2, 2)), UploadRequest.builder("offline.png").build())
			.block(TIMEOUT);
		this.imageKit.files().delete(uploaded.fileId()).block(TIMEOUT);

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(this.received).hasSize(2));
		assertThat(this.received).anySatisfy((event) -> assertThat(event)
			.isInstanceOfSatisfying(FileCreatedEvent.class, (created) -> assertThat(created.data().fileId()).isEqualTo(uploaded.fileId())));
		assertThat(this.received).anySatisfy((event) -> assertThat(event)
			.isInstanceOfSatisfying(FileDeletedEvent.class, (deleted) -> assertThat(deleted.data().fileId()).isEqualTo(uploaded.fileId())));
		assertThat(this.emulator.webhookDeliveries()).allSatisfy((delivery) -> {
			assertThat(delivery.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
			assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::status).containsExactly(200);
		});
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		private final List<WebhookEvent> received = new CopyOnWriteArrayList<>();

		@Bean
		List<WebhookEvent> received() {
			return this.received;
		}

		@EventListener
		void on(WebhookEvent event) {
			this.received.add(event);
		}

	}

}
