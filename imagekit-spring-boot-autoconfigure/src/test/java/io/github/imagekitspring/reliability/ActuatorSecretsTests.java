package io.github.imagekitspring.reliability;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The private keys and webhook secrets of the default and a named account stay out of the {@code configprops} and
 * {@code env} endpoints of a running application: masked by Boot's default, and still masked when the application
 * asks to show values.
 */
class ActuatorSecretsTests {

	static final String PRIVATE_KEY = "private_actuator_key_9f8e7d";

	static final String NAMED_PRIVATE_KEY = "private_named_key_1a2b3c";

	static final String WEBHOOK_SECRET = "whsec_YWN0dWF0b3Itd2ViaG9vay1zZWNyZXQ=";

	static final String NAMED_WEBHOOK_SECRET = "whsec_bmFtZWQtd2ViaG9vay1zZWNyZXQtMQ==";

	static final String PROXY_PASSWORD = "proxy-pass-Actuator42";

	static final String[] SECRETS = { PRIVATE_KEY, NAMED_PRIVATE_KEY, WEBHOOK_SECRET, NAMED_WEBHOOK_SECRET,
			PROXY_PASSWORD };

	abstract static class EndpointsHideSecrets {

		@Value("${local.server.port}")
		int port;

		String get(String path) {
			byte[] body = WebTestClient.bindToServer()
				.baseUrl("http://127.0.0.1:" + this.port)
				.build()
				.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBodyContent();
			return new String(body);
		}

		@Test
		void configpropsShowsTheAccountsButNotTheirSecrets() {
			String configprops = get("/actuator/configprops");
			assertThat(configprops).contains("imagekit").contains("privateKey").contains("webhookSecret")
				.contains("proxy");
			assertThat(configprops).doesNotContain(SECRETS);
		}

		@Test
		void envShowsTheKeysNamesButNotTheirValues() {
			String env = get("/actuator/env");
			assertThat(env).contains("imagekit.private-key").contains("imagekit.clients.named.webhook-secret")
				.contains("imagekit.proxy.password");
			assertThat(env).doesNotContain(SECRETS);
		}

	}

	@Nested
	@SpringBootTest(classes = App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "imagekit.private-key=" + PRIVATE_KEY, "imagekit.public-key=public_actuator_key",
					"imagekit.webhook-secret=" + WEBHOOK_SECRET, "imagekit.clients.named.private-key=" + NAMED_PRIVATE_KEY,
					"imagekit.clients.named.public-key=public_named_key",
					"imagekit.clients.named.webhook-secret=" + NAMED_WEBHOOK_SECRET,
					"imagekit.proxy.host=proxy.example.com", "imagekit.proxy.port=3128",
					"imagekit.proxy.username=proxy-user", "imagekit.proxy.password=" + PROXY_PASSWORD,
					"management.endpoints.web.exposure.include=configprops,env" })
	class WithBootDefaults extends EndpointsHideSecrets {

	}

	@Nested
	@SpringBootTest(classes = App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "imagekit.private-key=" + PRIVATE_KEY, "imagekit.public-key=public_actuator_key",
					"imagekit.webhook-secret=" + WEBHOOK_SECRET, "imagekit.clients.named.private-key=" + NAMED_PRIVATE_KEY,
					"imagekit.clients.named.public-key=public_named_key",
					"imagekit.clients.named.webhook-secret=" + NAMED_WEBHOOK_SECRET,
					"imagekit.proxy.host=proxy.example.com", "imagekit.proxy.port=3128",
					"imagekit.proxy.username=proxy-user", "imagekit.proxy.password=" + PROXY_PASSWORD,
					"management.endpoints.web.exposure.include=configprops,env",
					"management.endpoint.configprops.show-values=ALWAYS", "management.endpoint.env.show-values=ALWAYS" })
	class WhenValuesAreShown extends EndpointsHideSecrets {

		@Test
		void otherValuesAreShown() {
			assertThat(get("/actuator/env")).contains("public_named_key");
			assertThat(get("/actuator/configprops")).contains("public_actuator_key").contains("proxy-user");
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}
