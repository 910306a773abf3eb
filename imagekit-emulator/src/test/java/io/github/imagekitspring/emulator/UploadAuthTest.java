package io.github.imagekitspring.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Client-side upload authentication: v1 signatures and v2 JWTs, signed here with the JDK's HMAC. */
class UploadAuthTest {

	static final Instant START = Instant.parse("2026-07-01T00:00:00Z");

	static final MutableClock CLOCK = MutableClock.at(START);

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension
		.create((b) -> b.clock(CLOCK).privateKey("private_test").publicKey("public_test"));

	Http client;

	Http server;

	@BeforeEach
	void setUp(ImageKitEmulator emulator) {
		CLOCK.set(START);
		this.client = new Http(emulator).auth(null);
		this.server = new Http(emulator);
	}

	private static byte[] hmac(String algorithm, String message) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec("private_test".getBytes(StandardCharsets.UTF_8), algorithm));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> v1(String token, long expire, String signature) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("file", new byte[] { 1, 2, 3 });
		fields.put("fileName", "client.bin");
		fields.put("publicKey", "public_test");
		fields.put("token", token);
		fields.put("expire", String.valueOf(expire));
		fields.put("signature", signature);
		return fields;
	}

	private static String sign(String token, long expire) {
		return HexFormat.of().formatHex(hmac("HmacSHA1", token + expire));
	}

	@Test
	void v1TokensAreSingleUse() {
		String token = UUID.randomUUID().toString();
		long expire = START.getEpochSecond() + 1800;
		assertThat(this.client.upload("/api/v1/files/upload", v1(token, expire, sign(token, expire))).status()).isEqualTo(200);
		Http.Response reused = this.client.upload("/api/v1/files/upload", v1(token, expire, sign(token, expire)));
		assertThat(reused.status()).isEqualTo(400);
		assertThat(reused.json().get("message").asString()).contains("used before");
	}

	@Test
	void v1TokenIsSpentEvenWhenTheFirstRequestFailed() {
		String token = UUID.randomUUID().toString();
		long expire = START.getEpochSecond() + 1800;
		assertThat(this.client.upload("/api/v1/files/upload", v1(token, expire, "bad")).status()).isEqualTo(400);
		assertThat(this.client.upload("/api/v1/files/upload", v1(token, expire, sign(token, expire))).status()).isEqualTo(400);
	}

	@Test
	void v1ExpireMustBeInTheNextHour() {
		long past = START.getEpochSecond() - 1;
		long tooFar = START.getEpochSecond() + 3600;
		for (long expire : new long[] { past, tooFar }) {
			String token = UUID.randomUUID().toString();
			Http.Response r = this.client.upload("/api/v1/files/upload", v1(token, expire, sign(token, expire)));
			assertThat(r.status()).isEqualTo(400);
			assertThat(r.json().get("message").asString()).contains("invalid expire parameter");
		}
	}

	@Test
	void v1RejectsBasicAuthTogetherWithASignatureAndAWrongPublicKey() {
		String token = UUID.randomUUID().toString();
		long expire = START.getEpochSecond() + 60;
		Http.Response both = this.server.upload("/api/v1/files/upload", v1(token, expire, sign(token, expire)));
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.json().get("message").asString()).contains("both signature and basic auth");
		Map<String, Object> fields = v1(UUID.randomUUID().toString(), expire, "x");
		fields.put("publicKey", "someone_else");
		assertThat(this.client.upload("/api/v1/files/upload", fields).status()).isEqualTo(403);
	}

	private static String jwt(Map<String, Object> payload, String kid) {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		String header = b64.encodeToString(Http.JSON.writeValueAsBytes(Map.of("alg", "HS256", "typ", "JWT", "kid", kid)));
		String body = b64.encodeToString(Http.JSON.writeValueAsBytes(payload));
		return header + "." + body + "." + b64.encodeToString(hmac("HmacSHA256", header + "." + body));
	}

	private Http.Response v2(String token, String fileName) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("file", new byte[] { 7 });
		fields.put("fileName", fileName);
		fields.put("folder", "/jwt");
		fields.put("token", token);
		return this.client.upload("/api/v2/files/upload", fields);
	}

	private static Map<String, Object> claims(long iat, long exp) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("fileName", "a.bin");
		claims.put("folder", "/jwt");
		claims.put("iat", iat);
		claims.put("exp", exp);
		return claims;
	}

	@Test
	void v2JwtUploadsOnceAndChecksThePayload() {
		long now = START.getEpochSecond();
		String token = jwt(claims(now, now + 600), "public_test");
		Http.Response ok = v2(token, "a.bin");
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(ok.json().get("filePath").asString()).startsWith("/jwt/a_");
		assertThat(v2(token, "a.bin").status()).as("single use").isEqualTo(400);

		Http.Response mismatch = v2(jwt(claims(now - 1, now + 600), "public_test"), "b.bin");
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.json().get("message").asString()).contains("do not match");
	}

	@Test
	void expiredOrOverlongOrForeignJwtsAreRejected() {
		long now = START.getEpochSecond();
		String expiring = jwt(claims(now, now + 60), "public_test");
		CLOCK.advance(Duration.ofSeconds(61));
		Http.Response expired = v2(expiring, "a.bin");
		assertThat(expired.status()).isEqualTo(400);
		assertThat(expired.json().get("message").asString()).contains("expired");

		long later = CLOCK.instant().getEpochSecond();
		assertThat(v2(jwt(claims(later, later + 3601), "public_test"), "a.bin").status()).isEqualTo(400);
		assertThat(v2(jwt(claims(later, later + 60), "someone_else"), "a.bin").status()).isEqualTo(403);
		String tampered = jwt(claims(later, later + 60), "public_test");
		assertThat(v2(tampered.substring(0, tampered.length() - 2) + "AA", "a.bin").status()).isEqualTo(400);
		assertThat(v2("", "a.bin").status()).isEqualTo(400);
	}

}
