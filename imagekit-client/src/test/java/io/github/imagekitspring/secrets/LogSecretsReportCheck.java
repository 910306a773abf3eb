package io.github.imagekitspring.secrets;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in its own Surefire execution after the whole suite: the suite's TRACE logging held no secret, and it did
 * log (so the scan was not vacuous).
 */
class LogSecretsReportCheck {

	@Test
	void theSuitesLogsHoldNoSecret() throws IOException {
		assertThat(SecretScanningAppender.SCANNED).as("the suite ran with the scanning appender").exists();
		assertThat(Long.parseLong(Files.readString(SecretScanningAppender.SCANNED).strip()))
			.as("log events scanned")
			.isGreaterThan(500);
		assertThat(SecretScanningAppender.LEAKS).as("log events that hold a secret").doesNotExist();
	}

	@Test
	void thePatternsRecogniseTheSecretsTheSuiteUses() {
		assertThat(SecretScanningAppender.SECRETS).anyMatch((p) -> p.matcher("key private_test_key_123 here").find())
			.anyMatch((p) -> p.matcher("Authorization: Basic cHJpdmF0ZV9hYmM6").find())
			.anyMatch((p) -> p.matcher("secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").find())
			.anyMatch((p) -> p.matcher("url?ik-t=1&ik-s=0123456789abcdef0123456789abcdef01234567").find())
			.anyMatch((p) -> p.matcher("signature=0123456789abcdef0123456789abcdef01234567").find())
			.anyMatch((p) -> p.matcher("token eyJhbGciOiJIUzI1NiJ9.eyJmaWxlTmFtZSI6ImEuanBnIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk")
				.find())
			.anyMatch((p) -> p.matcher("password proxy-pass-Zq81").find());
		assertThat(SecretScanningAppender.SECRETS).noneMatch((p) -> p.matcher("imagekit.private-key must be set").find());
	}

}
