package io.github.imagekitspring.autoconfigure.emulator;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.autoconfigure.ImageKitProperties;
import io.github.imagekitspring.emulator.Fault;
import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.errors.ServerErrorException;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shortest Spring test against the emulator: one annotation, the emulator injected, empty for every test, and a
 * key in the environment does not make the test call ImageKit.
 */
@SpringBootTest(classes = AutoConfigureImageKitEmulatorTests.Application.class, webEnvironment = WebEnvironment.NONE,
		properties = { "IMAGEKIT_PRIVATE_KEY=private_from_the_environment",
				"imagekit.private-key=${IMAGEKIT_PRIVATE_KEY:}" })
@AutoConfigureImageKitEmulator
@TestPropertySource(properties = "imagekit.response-timeout=7s")
class AutoConfigureImageKitEmulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private ImageKitOperations imageKit;

	@Autowired
	private ImageKitEmulator emulator;

	@Autowired
	private ImageKitProperties properties;

	@RepeatedTest(2)
	void eachTestStartsWithAnEmptyEmulator() {
		assertThat(this.imageKit.files().list(ListFilesRequest.none()).block(TIMEOUT).items()).isEmpty();
		this.imageKit.uploads()
			.upload(UploadSource.of(new byte[] { 1, 2, 3 }), UploadRequest.builder("left-over.bin").build())
			.block(TIMEOUT);
		assertThat(this.emulator.requests()).hasSize(2);
	}

	@Test
	void retriesTakeMillisecondsAndTheTestsOwnPropertiesWin() {
		assertThat(this.properties.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(10));
		assertThat(this.properties.getRetry().getCallTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.properties.getResponseTimeout()).isEqualTo(Duration.ofSeconds(7));
		this.emulator.injectFault(Fault.status(500).times(4));
		assertThatExceptionOfType(ServerErrorException.class)
			.isThrownBy(() -> this.imageKit.files().list(ListFilesRequest.none()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.attempts()).isEqualTo(4));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
