package io.github.imagekitspring.autoconfigure.testcontainers;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.files.ListFilesRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Needs a Docker engine and the emulator image ({@code imagekit-emulator/Dockerfile}); skipped without an engine.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = ImageKitEmulatorContainerTests.Config.class)
class ImageKitEmulatorContainerTests {

	@Container
	@ServiceConnection
	static ImageKitEmulatorContainer emulator = new ImageKitEmulatorContainer();

	@Autowired
	ImageKitOperations imageKit;

	@Test
	void theStarterTalksToTheContainer() {
		assertThat(((ImageKitClient) this.imageKit).apiBaseUrl()).hasToString(emulator.getBaseUrl());
		assertThat(this.imageKit.files().list(ListFilesRequest.none()).block().items()).isEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ WebClientAutoConfiguration.class, ImageKitAutoConfiguration.class })
	static class Config {

	}

}
