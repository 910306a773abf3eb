package io.github.imagekitspring.reliability;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.UnauthorizedException;
import io.github.imagekitspring.upload.UploadAuthParameters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What the client prints about itself and its failures holds neither the private key, the webhook secret nor a
 * signature derived from them.
 */
class SecretsInOutputTests {

	private static final String PRIVATE_KEY = "private_output_key_5d4c3b";

	private static final String WEBHOOK_SECRET = "whsec_b3V0cHV0LXdlYmhvb2stc2VjcmV0";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey(PRIVATE_KEY)
		.publicKey("public_output_key")
		.urlEndpoint("https://ik.imagekit.io/demo")
		.webhookSecret(WEBHOOK_SECRET)
		.clock(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC))
		.apiBaseUrl(server.baseUrl())
		.uploadBaseUrl(server.baseUrl())
		.build();

	@Test
	void clientAndItsGroupsPrintNoSecret() {
		assertThat(this.imageKit.toString()).doesNotContain(PRIVATE_KEY, WEBHOOK_SECRET);
		assertThat(this.imageKit.uploads().toString()).doesNotContain(PRIVATE_KEY);
		assertThat(this.imageKit.urls().toString()).doesNotContain(PRIVATE_KEY);
		assertThat(this.imageKit.webhooks().toString()).doesNotContain(WEBHOOK_SECRET);
	}

	@Test
	void uploadAuthParametersPrintNoSignature() {
		UploadAuthParameters parameters = this.imageKit.uploads().authenticationParameters("token-1", null);

		assertThat(parameters.signature()).matches("[0-9a-f]{40}");
		assertThat(parameters.toString()).doesNotContain(parameters.signature()).contains("token-1", "******");
	}

	@Test
	void aRefusedKeysExceptionPrintsNoKey() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Your account cannot be authenticated.\"}")));

		Throwable failure = catchThrowable(() -> this.imageKit.files().get("abc").block());

		assertThat(failure).isInstanceOf(UnauthorizedException.class);
		assertThat(failure.toString()).doesNotContain(PRIVATE_KEY);
		assertThat(((UnauthorizedException) failure).headers().toString()).doesNotContain(PRIVATE_KEY);
	}

}
