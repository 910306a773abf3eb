package io.github.imagekitspring.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC computations with the JDK's {@link Mac}. Internal: not part of the public API.
 * <p>
 * Keys are passed in and never kept, logged or put into exception messages.
 */
public final class Hmac {

	public static final String SHA1 = "HmacSHA1";

	public static final String SHA256 = "HmacSHA256";

	private Hmac() {
	}

	/**
	 * Computes the raw HMAC of {@code message} with {@code key}.
	 */
	public static byte[] compute(String algorithm, byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			// The JDK always provides HmacSHA1 and HmacSHA256; the key is not part of the message.
			throw new IllegalStateException("Cannot compute " + algorithm, ex);
		}
	}

	/**
	 * Lower-case hex HMAC, key and message as UTF-8.
	 */
	public static String hex(String algorithm, String key, String message) {
		byte[] mac = compute(algorithm, key.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac);
	}

}
