package io.github.imagekitspring.autoconfigure.webhooks;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static io.github.imagekitspring.autoconfigure.webhooks.ReactiveWebhookEndpointTests.SECRET;
import static io.github.imagekitspring.autoconfigure.webhooks.ReactiveWebhookEndpointTests.fileCreated;
import static io.github.imagekitspring.autoconfigure.webhooks.ReactiveWebhookEndpointTests.now;
import static io.github.imagekitspring.autoconfigure.webhooks.ReactiveWebhookEndpointTests.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same endpoint in a servlet (Spring MVC) application. It runs in a Surefire execution of its own, the only one
 * with Spring MVC on the classpath.
 */
class ServletWebhookEndpointTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class,
				ImageKitWebhooksAutoConfiguration.class))
		.withUserConfiguration(Mvc.class, ReactiveWebhookEndpointTests.Listeners.class)
		.withPropertyValues("imagekit.private-key=private_test", "imagekit.webhook-secret=" + SECRET,
				"imagekit.webhooks.path=/imagekit/webhooks", "imagekit.webhooks.max-body-size=4KB");

	@Test
	void aSignedWebhookIsPublishedAndAnsweredOkAndASecondDeliveryIsNotPublished() {
		this.runner.run((context) -> {
			MockMvcTester mvc = MockMvcTester.from(context);
			String body = fileCreated("evt_mvc");
			long now = now();
			assertThat(post(mvc, signedHeaders("msg_mvc", now, body), body)).hasStatusOk();
			assertThat(post(mvc, signedHeaders("msg_mvc", now + 1, body), body)).hasStatusOk();
			assertThat(context.getBean(ReactiveWebhookEndpointTests.Listeners.class).created).singleElement()
				.satisfies((event) -> assertThat(event.id()).isEqualTo("evt_mvc"));
		});
	}

	@Test
	void badSignaturesBodiesAndSizesAreRefusedAndNothingIsPublished() {
		this.runner.run((context) -> {
			MockMvcTester mvc = MockMvcTester.from(context);
			String body = fileCreated("evt_bad");
			assertThat(post(mvc, Map.of(), body)).hasStatus(401);
			assertThat(post(mvc, signedHeaders("msg_old", now() - 3600, body), body)).hasStatus(401);
			assertThat(post(mvc, signedHeaders("msg_json", now(), "nope"), "nope")).hasStatus(400);
			String big = body.replace("\"name\":\"a.jpg\"", "\"name\":\"" + "a".repeat(5000) + "\"");
			assertThat(post(mvc, signedHeaders("msg_big", now(), big), big)).hasStatus(413);
			assertThat(context.getBean(ReactiveWebhookEndpointTests.Listeners.class).all).isEmpty();
		});
	}

	@Test
	void aFailingListenerGets500AndTheNextAttemptIsPublished() {
		this.runner.run((context) -> {
			ReactiveWebhookEndpointTests.Listeners listeners = context
				.getBean(ReactiveWebhookEndpointTests.Listeners.class);
			listeners.failuresLeft.set(1);
			MockMvcTester mvc = MockMvcTester.from(context);
			String body = fileCreated("evt_fail");
			assertThat(post(mvc, signedHeaders("msg_fail", now(), body), body)).hasStatus(500);
			assertThat(post(mvc, signedHeaders("msg_fail", now(), body), body)).hasStatusOk();
			assertThat(listeners.handledAfterFailure).hasSize(1);
		});
	}

	private static MvcTestResult post(MockMvcTester mvc, Map<String, String> headers, String body) {
		return mvc.post()
			.uri("/imagekit/webhooks")
			.contentType(MediaType.APPLICATION_JSON)
			.headers((h) -> h.setAll(headers))
			.content(body)
			.exchange(Duration.ofSeconds(30));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class Mvc {

	}

}
