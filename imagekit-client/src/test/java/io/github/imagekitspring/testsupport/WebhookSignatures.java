package io.github.imagekitspring.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies as ImageKit does, written from the Standard Webhooks rules and the legacy scheme rather
 * than with the client's verifier, so that tests do not check the verifier against itself.
 */
public final class WebhookSignatures {

	private WebhookSignatures() {
	}

	/**
	 * The three Standard Webhooks headers.
	 */
	public static Map<String, String> standardHeaders(String id, long timestamp, String signature) {
		return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp), "webhook-signature", signature);
	}

	/**
	 * Base64 of HMAC-SHA256 over {@code id.timestamp.body}.
	 */
	public static String standardSignature(byte[] key, String id, long timestamp, String body) {
		return Base64.getEncoder().encodeToString(hmacSha256(key, id + "." + timestamp + "." + body));
	}

	/**
	 * Hex of HMAC-SHA256 over {@code millis.body}, keyed with the secret's UTF-8 bytes.
	 */
	public static String legacySignature(String secret, long millis, String body) {
		return HexFormat.of().formatHex(hmacSha256(secret.getBytes(StandardCharsets.UTF_8), millis + "." + body));
	}

	private static byte[] hmacSha256(byte[] key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
