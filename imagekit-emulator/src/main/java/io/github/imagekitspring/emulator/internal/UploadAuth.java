package io.github.imagekitspring.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;

/**
 * Upload authentication: the private key in a Basic header (server side), or for uploads from browsers,
 * v1 signature parameters ({@code token}, {@code expire}, HMAC-SHA1 {@code signature}) or a v2 JWT
 * signed with HS256 whose claims must equal the other form fields.
 */
final class UploadAuth {

	private static final String BOTH = "Your request contains both signature and basic auth parameter. Use only one method, you might be exposing your private API key.";

	private final String privateKey;

	private final String publicKey;

	private final EmulatorState state;

	UploadAuth(String privateKey, String publicKey, EmulatorState state) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		this.state = state;
	}

	/**
	 * Checks a v1 upload; returns the fields without the auth parameters.
	 * @param basicKey the key from a Basic header, or {@code null} when there was none
	 */
	Map<String, String> checkV1(Map<String, String> fields, String basicKey) {
		boolean clientSide = fields.containsKey("signature") || fields.containsKey("token") || fields.containsKey("expire");
		if (basicKey != null) {
			if (clientSide) {
				throw ApiException.invalid(BOTH);
			}
			checkBasic(basicKey);
			return without(fields, "publicKey");
		}
		String publicKey = fields.get("publicKey");
		if (publicKey == null && !clientSide) {
			throw new ApiException(ApiException.Kind.UNAUTHENTICATED, "Your request does not contain private API key.");
		}
		if (publicKey == null) {
			throw ApiException.invalid("Your request is missing publicKey parameter.");
		}
		if (!publicKey.equals(this.publicKey)) {
			throw new ApiException(ApiException.Kind.FORBIDDEN, "Your account cannot be authenticated.");
		}
		String token = fields.get("token");
		String expire = fields.get("expire");
		String signature = fields.get("signature");
		if (token == null || token.isEmpty()) {
			throw ApiException.invalid("Your request is missing token parameter.");
		}
		// A token is spent as soon as it is seen, even if this request then fails: every upload needs a new one.
		if (!this.state.spendToken(token)) {
			throw ApiException.invalid("The token has been used before. Generate a new token for every upload.");
		}
		long now = this.state.clock().instant().getEpochSecond();
		long expireSeconds;
		try {
			expireSeconds = Long.parseLong((expire == null) ? "" : expire);
		}
		catch (NumberFormatException ex) {
			expireSeconds = -1;
		}
		if (expireSeconds < now || expireSeconds >= now + 3600) {
			throw ApiException.invalid("Your request contains invalid expire parameter. Expire parameter should be a Unix time in less than 1 hour into the future.");
		}
		String expected = hexHmacSha1(token + expire);
		if (signature == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
			throw ApiException.invalid("Your request contains invalid signature. Please make sure it is generated correctly.");
		}
		return without(fields, "publicKey", "signature", "expire", "token");
	}

	/** Checks a v2 upload; returns the fields without the token. */
	Map<String, String> checkV2(Map<String, String> fields, String basicKey) {
		String token = fields.get("token");
		if (basicKey != null) {
			if (token != null) {
				throw ApiException.invalid("Your request contains both token and basic auth parameter. Use only one method, you might be exposing your private API key.");
			}
			checkBasic(basicKey);
			return fields;
		}
		if (token == null || token.isEmpty()) {
			throw ApiException.invalid("Your request is missing token.");
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			throw invalidToken();
		}
		JsonNode header;
		JsonNode payload;
		try {
			header = Json.parse(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
			payload = Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException | ApiException ex) {
			throw invalidToken();
		}
		if (!"HS256".equals(header.path("alg").asString(null)) || !payload.isObject()) {
			throw invalidToken();
		}
		if (!this.publicKey.equals(header.path("kid").asString(null))) {
			throw new ApiException(ApiException.Kind.FORBIDDEN, "Your account cannot be authenticated.");
		}
		byte[] expected = hmac("HmacSHA256", (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		byte[] actual;
		try {
			actual = Base64.getUrlDecoder().decode(parts[2]);
		}
		catch (IllegalArgumentException ex) {
			throw invalidToken();
		}
		if (!MessageDigest.isEqual(expected, actual)) {
			throw invalidToken();
		}
		if (!this.state.spendToken(token)) {
			throw ApiException.invalid("The token has been used before. Generate a new token for every upload.");
		}
		JsonNode iat = payload.get("iat");
		JsonNode exp = payload.get("exp");
		if (iat == null || exp == null || !iat.isIntegralNumber() || !exp.isIntegralNumber() || exp.asLong() - iat.asLong() > 3600
				|| exp.asLong() < iat.asLong()) {
			throw ApiException.invalid("Your request contains an invalid token: iat and exp must be integers at most 3600 seconds apart.");
		}
		long now = Instant.now(this.state.clock()).getEpochSecond();
		if (exp.asLong() <= now) {
			throw ApiException.invalid("The token has expired.");
		}
		Map<String, String> claimed = new LinkedHashMap<>();
		payload.properties().forEach((e) -> {
			if (!e.getKey().equals("iat") && !e.getKey().equals("exp")) {
				claimed.put(e.getKey(), e.getValue().isString() ? e.getValue().asString() : e.getValue().toString());
			}
		});
		Map<String, String> sent = without(fields, "token");
		if (!claimed.equals(sent)) {
			throw ApiException.invalid("The request parameters do not match the token payload.");
		}
		return sent;
	}

	/** Checks the key of a Basic header for API calls and server-side uploads. */
	void checkBasic(String key) {
		if (!this.privateKey.equals(key)) {
			throw new ApiException(ApiException.Kind.FORBIDDEN, "Your account cannot be authenticated.");
		}
	}

	/** Lower-case hex HMAC-SHA1 with the private key, as used by v1 upload and URL signatures. */
	String hexHmacSha1(String message) {
		return HexFormat.of().formatHex(hmac("HmacSHA1", message.getBytes(StandardCharsets.UTF_8)));
	}

	private static ApiException invalidToken() {
		return ApiException.invalid("Your request contains an invalid token.");
	}

	private byte[] hmac(String algorithm, byte[] message) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(this.privateKey.getBytes(StandardCharsets.UTF_8), algorithm));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> without(Map<String, String> fields, String... names) {
		Map<String, String> out = new LinkedHashMap<>(fields);
		for (String n : names) {
			out.remove(n);
		}
		return out;
	}

}
