package io.github.imagekitspring.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static io.github.imagekitspring.testsupport.WebhookSignatures.legacySignature;
import static io.github.imagekitspring.testsupport.WebhookSignatures.standardHeaders;
import static io.github.imagekitspring.testsupport.WebhookSignatures.standardSignature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookVerifierTests {

	private static final byte[] KEY = "test-webhook-key-material-0123456789".getBytes(StandardCharsets.UTF_8);

	private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

	private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

	private static final String BODY = "{\"id\":\"evt_1\",\"type\":\"file.deleted\",\"created_at\":\"2025-03-01T09:59:58.000Z\","
			+ "\"data\":{\"fileId\":\"598821f949c0a938d57563bd\"}}";

	private final WebhookVerifier verifier = WebhookVerifier.create(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void validStandardWebhooksSignatureGivesTheTypedEvent() {
		long timestamp = NOW.getEpochSecond() - 10;
		String signature = standardSignature(KEY, "msg_1", timestamp, BODY);
		WebhookEvent event = this.verifier.verify(BODY, standardHeaders("msg_1", timestamp, "v1," + signature));
		assertThat(event).isEqualTo(new FileDeletedEvent("evt_1", "file.deleted",
				Instant.parse("2025-03-01T09:59:58Z"), new FileDeletedEvent.Data("598821f949c0a938d57563bd")));
	}

	@Test
	void oneMatchingSignatureAmongSeveralIsEnough() {
		long timestamp = NOW.getEpochSecond();
		String good = standardSignature(KEY, "msg_2", timestamp, BODY);
		String other = standardSignature("another-key".getBytes(StandardCharsets.UTF_8), "msg_2", timestamp, BODY);
		String header = "v1," + other + " v2," + good + " v1," + good;
		assertThat(this.verifier.verify(BODY, standardHeaders("msg_2", timestamp, header)))
			.isInstanceOf(FileDeletedEvent.class);
	}

	@Test
	void headerNamesAreCaseInsensitiveAndSpringHeadersWork() {
		long timestamp = NOW.getEpochSecond();
		HttpHeaders headers = new HttpHeaders();
		headers.add("Webhook-Id", "msg_3");
		headers.add("Webhook-Timestamp", Long.toString(timestamp));
		headers.add("Webhook-Signature", "v1," + standardSignature(KEY, "msg_3", timestamp, BODY));
		assertThat(this.verifier.verify(BODY.getBytes(StandardCharsets.UTF_8), headers))
			.isInstanceOf(FileDeletedEvent.class);
	}

	@Test
	void wrongSignatureIsRejected() {
		long timestamp = NOW.getEpochSecond();
		String wrong = standardSignature("whsec_other".getBytes(StandardCharsets.UTF_8), "msg_4", timestamp, BODY);
		assertRejected(BODY, standardHeaders("msg_4", timestamp, "v1," + wrong), "No matching signature");
		assertRejected(BODY, standardHeaders("msg_4", timestamp, "v1,not-base64!"), "No matching signature");
	}

	@Test
	void tamperedBodyOrIdIsRejected() {
		long timestamp = NOW.getEpochSecond();
		String signature = standardSignature(KEY, "msg_5", timestamp, BODY);
		assertRejected(BODY.replace("598821", "000000"), standardHeaders("msg_5", timestamp, "v1," + signature),
				"No matching signature");
		assertRejected(BODY, standardHeaders("msg_6", timestamp, "v1," + signature), "No matching signature");
	}

	@Test
	void staleAndFutureTimestampsAreRejected() {
		long stale = NOW.getEpochSecond() - 301;
		long future = NOW.getEpochSecond() + 301;
		assertRejected(BODY, standardHeaders("m", stale, "v1," + standardSignature(KEY, "m", stale, BODY)), "too old");
		assertRejected(BODY, standardHeaders("m", future, "v1," + standardSignature(KEY, "m", future, BODY)),
				"future");
		long edge = NOW.getEpochSecond() - 300;
		assertThat(this.verifier.verify(BODY, standardHeaders("m", edge, "v1," + standardSignature(KEY, "m", edge, BODY))))
			.isInstanceOf(FileDeletedEvent.class);
	}

	@Test
	void toleranceIsConfigurable() {
		WebhookVerifier strict = WebhookVerifier.builder(SECRET)
			.clock(Clock.fixed(NOW, ZoneOffset.UTC))
			.tolerance(Duration.ofSeconds(30))
			.build();
		long timestamp = NOW.getEpochSecond() - 31;
		assertThatExceptionOfType(WebhookVerificationException.class).isThrownBy(() -> strict.verify(BODY,
				standardHeaders("m", timestamp, "v1," + standardSignature(KEY, "m", timestamp, BODY))));
	}

	@Test
	void missingOrMalformedHeadersAreRejected() {
		assertRejected(BODY, Map.of(), "Missing webhook-signature");
		assertRejected(BODY, Map.of("webhook-signature", "v1,abc", "webhook-timestamp", "1"), "Missing webhook-id");
		assertRejected(BODY, Map.of("webhook-signature", "v1,abc", "webhook-id", "m", "webhook-timestamp", "soon"),
				"Invalid webhook-timestamp");
	}

	@Test
	void secretUtf8KeyDerivationSignsWithTheWholeSecretString() {
		WebhookVerifier sdkStyle = WebhookVerifier.builder(SECRET)
			.clock(Clock.fixed(NOW, ZoneOffset.UTC))
			.keyDerivation(WebhookKeyDerivation.SECRET_UTF8_BYTES)
			.build();
		long timestamp = NOW.getEpochSecond();
		byte[] wholeSecret = SECRET.getBytes(StandardCharsets.UTF_8);
		assertThat(sdkStyle.verify(BODY,
				standardHeaders("m", timestamp, "v1," + standardSignature(wholeSecret, "m", timestamp, BODY))))
			.isInstanceOf(FileDeletedEvent.class);
		assertThatExceptionOfType(WebhookVerificationException.class).isThrownBy(() -> sdkStyle.verify(BODY,
				standardHeaders("m", timestamp, "v1," + standardSignature(KEY, "m", timestamp, BODY))));
	}

	@Test
	void nonBase64SecretNeedsTheUtf8Derivation() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookVerifier.create("whsec_*not base64*", Clock.systemUTC()))
			.withMessageContaining("SECRET_UTF8_BYTES")
			.withMessageNotContaining("*not base64*");
		assertThat(WebhookVerifier.builder("plain secret").keyDerivation(WebhookKeyDerivation.SECRET_UTF8_BYTES).build())
			.isNotNull();
	}

	@Test
	void validLegacySignatureIsAccepted() {
		long millis = NOW.toEpochMilli() - 2000;
		String header = "t=" + millis + ",v1=" + legacySignature(SECRET, millis, BODY);
		assertThat(this.verifier.verify(BODY, Map.of("x-ik-signature", header))).isInstanceOf(FileDeletedEvent.class);
	}

	@Test
	void invalidLegacySignaturesAreRejected() {
		long millis = NOW.toEpochMilli();
		String signature = legacySignature(SECRET, millis, BODY);
		assertRejected(BODY.replace("evt_1", "evt_2"), Map.of("x-ik-signature", "t=" + millis + ",v1=" + signature),
				"does not match");
		assertRejected(BODY, Map.of("x-ik-signature", "t=" + millis + ",v1=" + legacySignature("wrong", millis, BODY)),
				"does not match");
		assertRejected(BODY, Map.of("x-ik-signature", "t=" + millis + ",v1=zz"), "does not match");
		assertRejected(BODY, Map.of("x-ik-signature", "v1=" + signature), "Malformed");
		long stale = millis - 300_001;
		assertRejected(BODY, Map.of("x-ik-signature", "t=" + stale + ",v1=" + legacySignature(SECRET, stale, BODY)),
				"too old");
		WebhookVerifier standardOnly = WebhookVerifier.builder(SECRET)
			.clock(Clock.fixed(NOW, ZoneOffset.UTC))
			.legacySignatures(false)
			.build();
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> standardOnly.verify(BODY, Map.of("x-ik-signature", "t=" + millis + ",v1=" + signature)));
	}

	@Test
	void secretsAndSignaturesNeverAppearInMessagesOrToString() {
		long timestamp = NOW.getEpochSecond();
		String expected = standardSignature(KEY, "m", timestamp, BODY);
		String legacyExpected = legacySignature(SECRET, NOW.toEpochMilli(), BODY);
		String[] messages = {
				message(BODY + " ", standardHeaders("m", timestamp, "v1,AAAA")),
				message(BODY, standardHeaders("m", timestamp - 1000, "v1,AAAA")),
				message(BODY + " ", Map.of("x-ik-signature", "t=" + NOW.toEpochMilli() + ",v1=00")) };
		for (String message : messages) {
			assertThat(message).doesNotContain(SECRET)
				.doesNotContain(SECRET.substring("whsec_".length()))
				.doesNotContain(expected)
				.doesNotContain(legacyExpected);
		}
		assertThat(this.verifier.toString()).doesNotContain(SECRET).doesNotContain(SECRET.substring(6));
		assertThat(WebhookVerifier.builder(SECRET).toString()).doesNotContain(SECRET.substring(6));
	}

	private String message(String body, Map<String, String> headers) {
		try {
			this.verifier.verify(body, headers);
		}
		catch (WebhookVerificationException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("expected a WebhookVerificationException");
	}

	private void assertRejected(String body, Map<String, String> headers, String messagePart) {
		assertThatExceptionOfType(WebhookVerificationException.class).isThrownBy(() -> this.verifier.verify(body, headers))
			.withMessageContaining(messagePart);
	}

}
