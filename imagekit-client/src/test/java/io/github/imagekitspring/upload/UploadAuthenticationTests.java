package io.github.imagekitspring.upload;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.github.imagekitspring.extensions.Extension;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UploadAuthenticationTests {

	private static final String PRIVATE_KEY = "private_key_test_0123456789abcdef";

	private static final Instant NOW = Instant.parse("2025-06-16T12:00:00Z");

	private final UploadAuthentication authentication = UploadAuthentication.create("public_key_test", PRIVATE_KEY,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void v1SignatureIsHexHmacSha1OfTokenAndExpire() {
		long expire = NOW.getEpochSecond() + 600;
		UploadAuthParameters parameters = this.authentication.authenticationParameters("your_token", expire);
		assertThat(parameters).isEqualTo(new UploadAuthParameters("your_token", expire,
				hex(hmac("HmacSHA1", PRIVATE_KEY, "your_token" + expire)), "public_key_test"));
		assertThat(parameters.signature()).matches("[0-9a-f]{40}");
	}

	@Test
	void v1DefaultsToRandomUuidTokenAndThirtyMinutes() {
		UploadAuthParameters parameters = this.authentication.authenticationParameters();
		assertThat(parameters.expire()).isEqualTo(NOW.getEpochSecond() + 1800);
		assertThat(parameters.token()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(parameters.token()).isNotEqualTo(this.authentication.authenticationParameters().token());
		assertThat(parameters.signature())
			.isEqualTo(hex(hmac("HmacSHA1", PRIVATE_KEY, parameters.token() + parameters.expire())));
	}

	@Test
	void v1ExpireMoreThanOneHourAheadOrInThePastIsRejected() {
		long now = NOW.getEpochSecond();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.authentication.authenticationParameters(null, now + 3601))
			.withMessageContaining("expire");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.authentication.authenticationParameters(null, now - 1))
			.withMessageContaining("expire");
		assertThat(this.authentication.authenticationParameters(null, now + 3600).expire()).isEqualTo(now + 3600);
	}

	@Test
	void v2TokenVerifiesWithAnIndependentJwtLibrary() throws Exception {
		UploadRequest request = UploadRequest.builder("photo.jpg")
			.useUniqueFileName(false)
			.tags("a", "b")
			.folder("/x")
			.extensions(Extension.aiAutoDescription())
			.customMetadata("brand", "Nike")
			.build();
		String token = this.authentication.uploadToken(request);

		SignedJWT jwt = SignedJWT.parse(token);
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
		assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
		assertThat(jwt.getHeader().getKeyID()).isEqualTo("public_key_test");
		assertThat(jwt.verify(new MACVerifier(PRIVATE_KEY.getBytes(StandardCharsets.UTF_8)))).isTrue();
		assertThat(token).doesNotContain("=");

		Map<String, Object> expected = new LinkedHashMap<>(request.wireFields());
		expected.put("iat", NOW.getEpochSecond());
		expected.put("exp", NOW.getEpochSecond() + 1800);
		assertThat(jwt.getPayload().toJSONObject()).isEqualTo(expected);
		assertThat(jwt.getPayload().toJSONObject()).containsEntry("useUniqueFileName", "false")
			.containsEntry("extensions", "[{\"name\":\"ai-auto-description\"}]");
	}

	@Test
	void v2TokenSignedWithAnotherKeyDoesNotVerify() throws Exception {
		String token = this.authentication.uploadToken(UploadRequest.builder("a.jpg").build(), Duration.ofHours(1));
		SignedJWT jwt = SignedJWT.parse(token);
		assertThat(jwt.verify(new MACVerifier("another_private_key_of_32_bytes_xx".getBytes(StandardCharsets.UTF_8))))
			.isFalse();
		assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(3600));
	}

	@Test
	void v2ValidityOverOneHourIsRejected() {
		UploadRequest request = UploadRequest.builder("a.jpg").build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.authentication.uploadToken(request, Duration.ofSeconds(3601)))
			.withMessageContaining("validity");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.authentication.uploadToken(request, Duration.ZERO))
			.withMessageContaining("validity");
	}

	@Test
	void privateKeyIsNeverPrinted() {
		assertThat(this.authentication.toString()).doesNotContain(PRIVATE_KEY);
		assertThat(this.authentication.authenticationParameters().toString()).doesNotContain(PRIVATE_KEY);
	}

	private static byte[] hmac(String algorithm, String key, String message) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
