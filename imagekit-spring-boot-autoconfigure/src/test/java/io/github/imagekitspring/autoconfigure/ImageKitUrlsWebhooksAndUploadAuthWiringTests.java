package io.github.imagekitspring.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.upload.UploadAuthParameters;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.urls.UrlRequest;
import io.github.imagekitspring.webhooks.FileDeletedEvent;
import io.github.imagekitspring.webhooks.WebhookEvent;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * URL signing, webhook verification and client-side upload credentials through the {@link ImageKitOperations} that
 * the auto-configuration builds from {@code imagekit.*} properties. No HTTP is involved.
 */
class ImageKitUrlsWebhooksAndUploadAuthWiringTests {

	private static final String PRIVATE_KEY = "private_wiring_key";

	private static final byte[] WEBHOOK_KEY = "a webhook key of 32 bytes length".getBytes(StandardCharsets.UTF_8);

	private static final String WEBHOOK_SECRET = "whsec_" + Base64.getEncoder().encodeToString(WEBHOOK_KEY);

	private static final String BODY = "{\"id\":\"evt_1\",\"type\":\"file.deleted\","
			+ "\"created_at\":\"2026-01-01T00:00:00Z\",\"data\":{\"fileId\":\"file_1\"}}";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, ImageKitAutoConfiguration.class));

	@Test
	void urlsWebhooksAndUploadCredentialsWorkFromProperties() {
		this.runner
			.withPropertyValues("imagekit.private-key=" + PRIVATE_KEY, "imagekit.public-key=public_wiring_key",
					"imagekit.url-endpoint=https://ik.imagekit.io/demo/", "imagekit.webhook-secret=" + WEBHOOK_SECRET)
			.run((context) -> {
				ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);

				assertThat(imageKit.urls().url(UrlRequest.forPath("/folder/a.jpg").build()))
					.isEqualTo("https://ik.imagekit.io/demo/folder/a.jpg");
				assertThat(imageKit.urls().url(UrlRequest.forPath("/folder/a.jpg").signed(true).build()))
					.isEqualTo("https://ik.imagekit.io/demo/folder/a.jpg?ik-s="
							+ hmacHex("HmacSHA1", PRIVATE_KEY, "folder/a.jpg9999999999"));

				long now = Instant.now().getEpochSecond();
				String signature = "v1," + Base64.getEncoder()
					.encodeToString(hmac("HmacSHA256", WEBHOOK_KEY, "msg_1." + now + "." + BODY));
				WebhookEvent event = imageKit.webhooks()
					.verify(BODY, Map.of("webhook-id", "msg_1", "webhook-timestamp", Long.toString(now),
							"webhook-signature", signature));
				assertThat(event).isEqualTo(new FileDeletedEvent("evt_1", "file.deleted",
						Instant.parse("2026-01-01T00:00:00Z"), new FileDeletedEvent.Data("file_1")));

				UploadAuthParameters parameters = imageKit.uploads().authenticationParameters("token-1", now + 600);
				assertThat(parameters.publicKey()).isEqualTo("public_wiring_key");
				assertThat(parameters.signature()).isEqualTo(hmacHex("HmacSHA1", PRIVATE_KEY, "token-1" + (now + 600)));
				assertThat(imageKit.uploads().uploadToken(UploadRequest.builder("a.jpg").build())).matches(
						"[\\w-]+\\.[\\w-]+\\.[\\w-]+");

				assertThat(context.getBean(ImageKitProperties.class).toString()).contains("webhookSecret=******")
					.doesNotContain(WEBHOOK_SECRET)
					.doesNotContain(PRIVATE_KEY);
			});
	}

	@Test
	void whatIsNotConfiguredFailsWhenUsedNamingTheProperty() {
		this.runner.withPropertyValues("imagekit.private-key=" + PRIVATE_KEY).run((context) -> {
			ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);

			assertThatIllegalStateException().isThrownBy(imageKit::urls).withMessageContaining("imagekit.url-endpoint");
			assertThatIllegalStateException().isThrownBy(imageKit::webhooks)
				.withMessageContaining("imagekit.webhook-secret");
			assertThatIllegalStateException().isThrownBy(() -> imageKit.uploads().authenticationParameters())
				.withMessageContaining("imagekit.public-key");
			assertThatIllegalStateException()
				.isThrownBy(() -> imageKit.uploads().uploadToken(UploadRequest.builder("a.jpg").build()))
				.withMessageContaining("imagekit.public-key")
				.withMessageNotContaining(PRIVATE_KEY);
		});
	}

	@Test
	void namedAccountsHaveTheirOwnEndpointAndSecretAndNameTheirProperties() {
		this.runner
			.withPropertyValues("imagekit.clients.marketing.private-key=" + PRIVATE_KEY,
					"imagekit.clients.marketing.url-endpoint=https://ik.imagekit.io/marketing",
					"imagekit.clients.archive.private-key=private_archive",
					"imagekit.clients.archive.webhook-secret=" + WEBHOOK_SECRET)
			.run((context) -> {
				ImageKitOperations marketing = context.getBean("imageKitOperations.marketing",
						ImageKitOperations.class);
				ImageKitOperations archive = context.getBean("imageKitOperations.archive",
						ImageKitOperations.class);

				assertThat(marketing.urls().url(UrlRequest.forPath("a.jpg").build()))
					.isEqualTo("https://ik.imagekit.io/marketing/a.jpg");
				assertThat(archive.webhooks()).isNotNull();
				assertThatIllegalStateException().isThrownBy(marketing::webhooks)
					.withMessageContaining("imagekit.clients.marketing.webhook-secret");
				assertThatIllegalStateException().isThrownBy(archive::urls)
					.withMessageContaining("imagekit.clients.archive.url-endpoint");
			});
	}

	@Test
	void aMalformedWebhookSecretStopsTheStartupWithoutShowingIt() {
		this.runner.withPropertyValues("imagekit.private-key=" + PRIVATE_KEY, "imagekit.webhook-secret=whsec_*secret*")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("imagekit.webhook-secret")
				.hasMessageNotContaining("*secret*"));
	}

	@Test
	void theBuildersClockDatesSignedUrlsAndUploadCredentials() {
		Instant now = Instant.parse("2026-03-01T12:00:00Z");
		ImageKitClient imageKit = ImageKitClient.builder()
			.privateKey(PRIVATE_KEY)
			.publicKey("public_wiring_key")
			.urlEndpoint("https://ik.imagekit.io/demo")
			.clock(Clock.fixed(now, ZoneOffset.UTC))
			.build();
		long expiry = now.getEpochSecond() + 300;

		assertThat(imageKit.urls().url(UrlRequest.forPath("a.jpg").expiresIn(Duration.ofMinutes(5)).build()))
			.isEqualTo("https://ik.imagekit.io/demo/a.jpg?ik-t=" + expiry + "&ik-s="
					+ hmacHex("HmacSHA1", PRIVATE_KEY, "a.jpg" + expiry));
		assertThat(imageKit.uploads().authenticationParameters().expire()).isEqualTo(now.getEpochSecond() + 1800);
	}

	private static String hmacHex(String algorithm, String key, String message) {
		return HexFormat.of().formatHex(hmac(algorithm, key.getBytes(StandardCharsets.UTF_8), message));
	}

	private static byte[] hmac(String algorithm, byte[] key, String message) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
