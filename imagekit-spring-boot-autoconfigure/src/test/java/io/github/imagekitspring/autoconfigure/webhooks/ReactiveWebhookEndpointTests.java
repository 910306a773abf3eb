package io.github.imagekitspring.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.webhooks.FileCreatedEvent;
import io.github.imagekitspring.webhooks.FileDeletedEvent;
import io.github.imagekitspring.webhooks.UnknownWebhookEvent;
import io.github.imagekitspring.webhooks.WebhookEvent;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;

import static io.github.imagekitspring.testsupport.WebhookSignatures.legacySignature;
import static io.github.imagekitspring.testsupport.WebhookSignatures.standardHeaders;
import static io.github.imagekitspring.testsupport.WebhookSignatures.standardSignature;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook endpoint in a WebFlux application: what it answers, what it publishes, and what it observes.
 */
class ReactiveWebhookEndpointTests {

	private static final byte[] KEY = "webhook-endpoint-test-key-0123456789".getBytes(StandardCharsets.UTF_8);

	static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class,
				ImageKitWebhooksAutoConfiguration.class))
		.withUserConfiguration(Listeners.class)
		.withPropertyValues("imagekit.private-key=private_test", "imagekit.webhook-secret=" + SECRET,
				"imagekit.webhooks.path=/imagekit/webhooks", "imagekit.webhooks.max-body-size=4KB");

	@Test
	void aSignedWebhookIsPublishedAsItsTypedEventAndAnswered200() {
		this.runner.run((context) -> {
			post(client(context), "msg_1", now(), fileCreated("evt_1")).expectStatus().isOk();
			Listeners listeners = context.getBean(Listeners.class);
			assertThat(listeners.created).singleElement().satisfies((event) -> {
				assertThat(event.id()).isEqualTo("evt_1");
				assertThat(event.data().fileId()).isEqualTo("file_1");
			});
			assertThat(listeners.all).hasSize(1);
		});
	}

	@Test
	void everyEventTypeReachesItsOwnListenerAndAnUnknownTypeItsOwnEvent() {
		this.runner.run((context) -> {
			WebTestClient client = client(context);
			post(client, "msg_d", now(), "{\"id\":\"evt_d\",\"type\":\"file.deleted\",\"created_at\":\""
					+ Instant.now() + "\",\"data\":{\"fileId\":\"file_9\"}}").expectStatus().isOk();
			post(client, "msg_u", now(), "{\"id\":\"evt_u\",\"type\":\"brand.new\",\"created_at\":\"" + Instant.now()
					+ "\",\"data\":{}}").expectStatus().isOk();
			Listeners listeners = context.getBean(Listeners.class);
			assertThat(listeners.deleted).singleElement().extracting(FileDeletedEvent::id).isEqualTo("evt_d");
			assertThat(listeners.unknown).singleElement().extracting(UnknownWebhookEvent::type).isEqualTo("brand.new");
			assertThat(listeners.created).isEmpty();
		});
	}

	@Test
	void missingWrongAndExpiredSignaturesAre401AndPublishNothing() {
		this.runner.run((context) -> {
			WebTestClient client = client(context);
			String body = fileCreated("evt_2");
			client.post()
				.uri("/imagekit/webhooks")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isUnauthorized();
			long now = now();
			client.post()
				.uri("/imagekit/webhooks")
				.headers((headers) -> headers.setAll(Map.of("webhook-id", "msg_2", "webhook-timestamp",
						Long.toString(now), "webhook-signature",
						"v1," + standardSignature("another-key".getBytes(StandardCharsets.UTF_8), "msg_2", now, body))))
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isUnauthorized();
			post(client, "msg_3", now - 3600, body).expectStatus().isUnauthorized();
			post(client, "msg_4", now + 3600, body).expectStatus().isUnauthorized();
			assertThat(context.getBean(Listeners.class).all).isEmpty();
		});
	}

	@Test
	void aBodyThatIsNotAWebhookIs400() {
		this.runner.run((context) -> {
			post(client(context), "msg_5", now(), "[1, 2, 3]").expectStatus().isBadRequest();
			post(client(context), "msg_6", now(), "not json").expectStatus().isBadRequest();
			assertThat(context.getBean(Listeners.class).all).isEmpty();
		});
	}

	@Test
	void aBodyOverTheLimitIs413() {
		this.runner.run((context) -> {
			String big = fileCreated("evt_big").replace("\"name\":\"a.jpg\"", "\"name\":\"" + "a".repeat(5000) + "\"");
			post(client(context), "msg_7", now(), big).expectStatus().isEqualTo(413);
			assertThat(context.getBean(Listeners.class).all).isEmpty();
		});
	}

	@Test
	void aDeliverySentAgainIsAcknowledgedAndNotPublishedTwice() {
		this.runner.run((context) -> {
			WebTestClient client = client(context);
			String body = fileCreated("evt_8");
			post(client, "msg_8", now(), body).expectStatus().isOk();
			// Standard Webhooks signs each attempt anew: same id, a later timestamp.
			post(client, "msg_8", now() + 1, body).expectStatus().isOk();
			assertThat(context.getBean(Listeners.class).created).hasSize(1);
		});
	}

	@Test
	void aFailingListenerGets500AndTheNextAttemptIsPublishedAgain() {
		this.runner.run((context) -> {
			Listeners listeners = context.getBean(Listeners.class);
			listeners.failuresLeft.set(1);
			WebTestClient client = client(context);
			String body = fileCreated("evt_9");
			post(client, "msg_9", now(), body).expectStatus().is5xxServerError();
			post(client, "msg_9", now(), body).expectStatus().isOk();
			post(client, "msg_9", now(), body).expectStatus().isOk();
			assertThat(listeners.created).hasSize(2);
			assertThat(listeners.handledAfterFailure).hasSize(1);
		});
	}

	@Test
	void theLegacySchemeIsAcceptedOnlyWhenSwitchedOn() {
		String body = fileCreated("evt_l");
		long millis = System.currentTimeMillis();
		String header = "t=" + millis + ",v1=" + legacySignature(SECRET, millis, body);
		this.runner.run((context) -> client(context).post()
			.uri("/imagekit/webhooks")
			.header("x-ik-signature", header)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized());
		this.runner.withPropertyValues("imagekit.webhooks.legacy-signatures=true")
			.run((context) -> client(context).post()
				.uri("/imagekit/webhooks")
				.header("x-ik-signature", header)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isOk());
	}

	@Test
	void eachWebhookIsObservedWithItsTypeAndOutcome() {
		this.runner.withBean(TestObservationRegistry.class, TestObservationRegistry::create).run((context) -> {
			TestObservationRegistry observations = context.getBean(TestObservationRegistry.class);
			WebTestClient client = client(context);
			post(client, "msg_o1", now(), fileCreated("evt_o1")).expectStatus().isOk();
			post(client, "msg_o1", now(), fileCreated("evt_o1")).expectStatus().isOk();
			post(client, "msg_o2", now() - 3600, fileCreated("evt_o2")).expectStatus().isUnauthorized();
			TestObservationRegistryAssert.assertThat(observations)
				.hasNumberOfObservationsWithNameEqualTo("imagekit.webhooks", 3)
				.hasAnObservationWithAKeyValue("outcome", "handled")
				.hasAnObservationWithAKeyValue("outcome", "duplicate")
				.hasAnObservationWithAKeyValue("reason", "signature")
				.hasAnObservationWithAKeyValue("imagekit.webhook.type", "file.created");
		});
	}

	@Test
	void withoutAPathThereIsNoEndpoint() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class,
					ImageKitWebhooksAutoConfiguration.class))
			.withPropertyValues("imagekit.private-key=private_test", "imagekit.webhook-secret=" + SECRET)
			.run((context) -> assertThat(context).doesNotHaveBean(WebhookReceiver.class)
				.doesNotHaveBean(RouterFunction.class));
	}

	@Test
	void withAPathButNoSecretStartupFailsNamingTheProperty() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class,
					ImageKitWebhooksAutoConfiguration.class))
			.withPropertyValues("imagekit.private-key=private_test", "imagekit.webhooks.path=/imagekit/webhooks")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("imagekit.webhook-secret"));
	}

	@Test
	void aPathWithoutItsLeadingSlashFailsNamingTheProperty() {
		this.runner.withPropertyValues("imagekit.webhooks.path=imagekit/webhooks")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("imagekit.webhooks.path"));
	}

	@Test
	void theServletEndpointIsNotRegisteredInAReactiveApplicationNorTheReverse() {
		this.runner.run((context) -> assertThat(context)
			.hasSingleBean(org.springframework.web.reactive.function.server.RouterFunction.class));
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class,
					ImageKitWebhooksAutoConfiguration.class))
			.withPropertyValues("imagekit.private-key=private_test", "imagekit.webhook-secret=" + SECRET,
					"imagekit.webhooks.path=/imagekit/webhooks")
			.run((context) -> assertThat(context).hasSingleBean(WebhookReceiver.class)
				.doesNotHaveBean(org.springframework.web.reactive.function.server.RouterFunction.class));
	}

	static WebTestClient client(org.springframework.context.ApplicationContext context) {
		// Generous: the first exchange of a fresh JVM on a loaded 2-core machine can take seconds.
		return WebTestClient.bindToRouterFunction(context.getBean(RouterFunction.class))
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	static WebTestClient.ResponseSpec post(WebTestClient client, String id, long timestamp, String body) {
		return client.post()
			.uri("/imagekit/webhooks")
			.contentType(MediaType.APPLICATION_JSON)
			.headers((headers) -> headers.setAll(signedHeaders(id, timestamp, body)))
			.bodyValue(body)
			.exchange();
	}

	static Map<String, String> signedHeaders(String id, long timestamp, String body) {
		return standardHeaders(id, timestamp, "v1," + standardSignature(KEY, id, timestamp, body));
	}

	static long now() {
		return Instant.now().getEpochSecond();
	}

	static String fileCreated(String eventId) {
		return "{\"id\":\"" + eventId + "\",\"type\":\"file.created\",\"created_at\":\"" + Instant.now()
				+ "\",\"data\":{\"fileId\":\"file_1\",\"type\":\"file\",\"name\":\"a.jpg\",\"filePath\":\"/a.jpg\","
				+ "\"url\":\"https://ik.imagekit.io/demo/a.jpg\",\"fileType\":\"image\"}}";
	}

	@Configuration(proxyBeanMethods = false)
	static class Listeners {

		final List<WebhookEvent> all = new CopyOnWriteArrayList<>();

		final List<FileCreatedEvent> created = new CopyOnWriteArrayList<>();

		final List<FileDeletedEvent> deleted = new CopyOnWriteArrayList<>();

		final List<UnknownWebhookEvent> unknown = new CopyOnWriteArrayList<>();

		final List<FileCreatedEvent> handledAfterFailure = new CopyOnWriteArrayList<>();

		final AtomicInteger failuresLeft = new AtomicInteger();

		@EventListener
		void on(WebhookEvent event) {
			this.all.add(event);
		}

		@EventListener
		void on(FileCreatedEvent event) {
			this.created.add(event);
			if (this.failuresLeft.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				throw new IllegalStateException("listener failed on purpose");
			}
			if (this.created.size() > 1) {
				this.handledAfterFailure.add(event);
			}
		}

		@EventListener
		void on(FileDeletedEvent event) {
			this.deleted.add(event);
		}

		@EventListener
		void on(UnknownWebhookEvent event) {
			this.unknown.add(event);
		}

	}

}
