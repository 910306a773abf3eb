package io.github.imagekitspring.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.github.imagekitspring.internal.Hmac;
import org.jspecify.annotations.Nullable;

/**
 * Checks Standard Webhooks and legacy {@code x-ik-signature} signatures. The keys live only in private fields.
 */
final class DefaultWebhookVerifier implements WebhookVerifier {

	static final String WEBHOOK_ID = "webhook-id";

	static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";

	static final String WEBHOOK_SIGNATURE = "webhook-signature";

	static final String LEGACY_SIGNATURE = "x-ik-signature";

	private static final String SECRET_PREFIX = "whsec_";

	private final byte[] standardKey;

	private final byte[] legacyKey;

	private final Clock clock;

	private final Duration tolerance;

	private final boolean legacySignatures;

	private final WebhookEventParser parser = new WebhookEventParser();

	DefaultWebhookVerifier(String secret, WebhookKeyDerivation keyDerivation, Clock clock, Duration tolerance,
			boolean legacySignatures) {
		if (secret.isBlank()) {
			throw new IllegalArgumentException("secret must not be blank");
		}
		this.standardKey = standardKey(secret, keyDerivation);
		this.legacyKey = secret.getBytes(StandardCharsets.UTF_8);
		this.clock = clock;
		this.tolerance = tolerance;
		this.legacySignatures = legacySignatures;
	}

	private static byte[] standardKey(String secret, WebhookKeyDerivation keyDerivation) {
		if (keyDerivation == WebhookKeyDerivation.SECRET_UTF8_BYTES) {
			return secret.getBytes(StandardCharsets.UTF_8);
		}
		String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
		try {
			byte[] key = Base64.getDecoder().decode(encoded);
			if (key.length == 0) {
				throw new IllegalArgumentException("empty key");
			}
			return key;
		}
		catch (IllegalArgumentException ex) {
			// Never echo the secret.
			throw new IllegalArgumentException("secret is not 'whsec_' followed by Base64, as the Standard Webhooks "
					+ "key derivation needs; use WebhookKeyDerivation.SECRET_UTF8_BYTES for other secrets");
		}
	}

	@Override
	public WebhookEvent verify(byte[] body, Map<String, String> headers) {
		Map<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		caseInsensitive.putAll(headers);
		if (caseInsensitive.containsKey(WEBHOOK_SIGNATURE)) {
			verifyStandard(body, caseInsensitive);
		}
		else if (this.legacySignatures && caseInsensitive.containsKey(LEGACY_SIGNATURE)) {
			verifyLegacy(body, caseInsensitive.get(LEGACY_SIGNATURE));
		}
		else {
			throw new WebhookVerificationException("Missing " + WEBHOOK_SIGNATURE + " header"
					+ (this.legacySignatures ? " (and no " + LEGACY_SIGNATURE + " header)" : ""));
		}
		return this.parser.parse(body);
	}

	private void verifyStandard(byte[] body, Map<String, String> headers) {
		String id = required(headers, WEBHOOK_ID);
		String timestamp = required(headers, WEBHOOK_TIMESTAMP);
		String signatures = required(headers, WEBHOOK_SIGNATURE);
		long seconds = parseLong(timestamp, WEBHOOK_TIMESTAMP);
		checkFreshness(seconds * 1000, this.clock.millis() / 1000 * 1000);
		byte[] expected = Hmac.compute(Hmac.SHA256, this.standardKey, signedContent(id + "." + timestamp + ".", body));
		for (String entry : signatures.trim().split(" +")) {
			int comma = entry.indexOf(',');
			if (comma > 0 && "v1".equals(entry.substring(0, comma))
					&& matches(expected, base64(entry.substring(comma + 1)))) {
				return;
			}
		}
		throw new WebhookVerificationException("No matching signature in the " + WEBHOOK_SIGNATURE + " header");
	}

	private void verifyLegacy(byte[] body, String header) {
		String timestamp = null;
		String signature = null;
		for (String item : header.split(",")) {
			String trimmed = item.trim();
			if (trimmed.startsWith("t=")) {
				timestamp = trimmed.substring(2);
			}
			else if (trimmed.startsWith("v1=")) {
				signature = trimmed.substring(3);
			}
		}
		if (timestamp == null || signature == null) {
			throw new WebhookVerificationException(
					"Malformed " + LEGACY_SIGNATURE + " header: expected t=<ms>,v1=<hex>");
		}
		checkFreshness(parseLong(timestamp, LEGACY_SIGNATURE + " timestamp"), this.clock.millis());
		byte[] expected = Hmac.compute(Hmac.SHA256, this.legacyKey, signedContent(timestamp + ".", body));
		if (!matches(expected, hex(signature))) {
			throw new WebhookVerificationException("Signature in the " + LEGACY_SIGNATURE + " header does not match");
		}
	}

	private void checkFreshness(long timestampMillis, long nowMillis) {
		long toleranceMillis = this.tolerance.toMillis();
		if (timestampMillis < nowMillis - toleranceMillis) {
			throw new WebhookVerificationException(
					"Webhook timestamp is too old (more than " + this.tolerance.toSeconds() + " s in the past)");
		}
		if (timestampMillis > nowMillis + toleranceMillis) {
			throw new WebhookVerificationException(
					"Webhook timestamp is too new (more than " + this.tolerance.toSeconds() + " s in the future)");
		}
	}

	private static String required(Map<String, String> headers, String name) {
		String value = headers.get(name);
		if (value == null || value.isBlank()) {
			throw new WebhookVerificationException("Missing " + name + " header");
		}
		return value;
	}

	private static long parseLong(String value, String name) {
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new WebhookVerificationException("Invalid " + name + ": not an integer");
		}
	}

	private static byte[] signedContent(String prefix, byte[] body) {
		byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[head.length + body.length];
		System.arraycopy(head, 0, content, 0, head.length);
		System.arraycopy(body, 0, content, head.length, body.length);
		return content;
	}

	private static boolean matches(byte[] expected, byte @Nullable [] given) {
		return given != null && MessageDigest.isEqual(expected, given);
	}

	private static byte @Nullable [] base64(String value) {
		try {
			return Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static byte @Nullable [] hex(String value) {
		try {
			return HexFormat.of().parseHex(value.toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return "WebhookVerifier[tolerance=" + this.tolerance + ", legacySignatures=" + this.legacySignatures + "]";
	}

}
