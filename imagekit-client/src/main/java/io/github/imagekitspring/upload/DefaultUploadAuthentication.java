package io.github.imagekitspring.upload;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.imagekitspring.internal.Hmac;
import io.github.imagekitspring.internal.SeededRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs v1 parameters (HMAC-SHA1) and v2 JWTs (HS256) with the private key held in a private field.
 */
final class DefaultUploadAuthentication implements UploadAuthentication {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Base64.Encoder BASE64_URL = Base64.getUrlEncoder().withoutPadding();

	private final String publicKey;

	private final String privateKey;

	private final Clock clock;

	/** Tokens are drawn on the caller's thread, often an event loop: from a generator that does no I/O. */
	private final SeededRandom random = new SeededRandom();

	DefaultUploadAuthentication(String publicKey, String privateKey, Clock clock) {
		if (publicKey.isBlank()) {
			throw new IllegalArgumentException("publicKey must not be blank");
		}
		if (privateKey.isBlank()) {
			throw new IllegalArgumentException("privateKey must not be blank");
		}
		this.publicKey = publicKey;
		this.privateKey = privateKey;
		this.clock = clock;
	}

	@Override
	public UploadAuthParameters authenticationParameters(@Nullable String token, @Nullable Long expire) {
		if (token != null && token.isBlank()) {
			throw new IllegalArgumentException("token must not be blank");
		}
		long now = this.clock.instant().getEpochSecond();
		long expiry = (expire != null) ? expire : now + DEFAULT_VALIDITY.toSeconds();
		if (expiry < now) {
			throw new IllegalArgumentException("expire must not be in the past");
		}
		if (expiry - now > MAX_VALIDITY.toSeconds()) {
			throw new IllegalArgumentException("expire must be at most 1 hour ahead");
		}
		String finalToken = (token != null) ? token : this.random.uuid().toString();
		String signature = Hmac.hex(Hmac.SHA1, this.privateKey, finalToken + expiry);
		return new UploadAuthParameters(finalToken, expiry, signature, this.publicKey);
	}

	@Override
	public String uploadToken(UploadRequest request, Duration validity) {
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("validity must be positive");
		}
		if (validity.compareTo(MAX_VALIDITY) > 0) {
			throw new IllegalArgumentException("validity must be at most 1 hour (exp - iat <= 3600 s)");
		}
		long issuedAt = this.clock.instant().getEpochSecond();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", "HS256");
		header.put("typ", "JWT");
		header.put("kid", this.publicKey);
		Map<String, Object> payload = new LinkedHashMap<>(request.wireFields());
		payload.put("iat", issuedAt);
		payload.put("exp", issuedAt + validity.toSeconds());
		String signingInput = BASE64_URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
				+ BASE64_URL.encodeToString(JSON.writeValueAsBytes(payload));
		byte[] signature = Hmac.compute(Hmac.SHA256, this.privateKey.getBytes(StandardCharsets.UTF_8),
				signingInput.getBytes(StandardCharsets.US_ASCII));
		return signingInput + "." + BASE64_URL.encodeToString(signature);
	}

	@Override
	public String toString() {
		return "UploadAuthentication[publicKey=" + this.publicKey + "]";
	}

}
