package io.github.imagekitspring.autoconfigure.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;
import io.github.imagekitspring.autoconfigure.ImageKitProperties;
import io.github.imagekitspring.emulator.ImageKitEmulator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The emulator as the starter's ImageKit, only when the application asks for it: with
 * {@code imagekit.emulator.enabled=true} (in a development profile, or in tests) and no account configured, an
 * embedded emulator is started, saying so in one WARN line; an {@link ImageKitEmulator} bean of the application's
 * own (a {@code TestXxxApplication} run by {@code spring-boot:test-run}) is used as it is. Being on the classpath
 * is never enough, so a production start without a key still fails.
 */
@AutoConfiguration(before = ImageKitAutoConfiguration.class)
@ConditionalOnClass(ImageKitEmulator.class)
@ConditionalOnBooleanProperty(name = "imagekit.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ImageKitProperties.class)
public final class ImageKitEmulatorAutoConfiguration {

	@Bean
	@ConditionalOnBean(ImageKitEmulator.class)
	@ConditionalOnMissingBean(ImageKitConnectionDetails.class)
	EmulatorConnectionDetails imageKitEmulatorConnectionDetails(ImageKitEmulator emulator) {
		return new EmulatorConnectionDetails(emulator);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("imagekit.emulator.enabled")
	@ConditionalOnMissingBean({ ImageKitConnectionDetails.class, ImageKitEmulator.class })
	@Conditional(NoAccountConfiguredCondition.class)
	static class EmbeddedEmulatorConfiguration {

		private static final Log logger = LogFactory.getLog(ImageKitEmulatorAutoConfiguration.class);

		@Bean(destroyMethod = "delete")
		EmulatorStorage imageKitEmulatorStorage(ImageKitProperties properties) {
			return EmulatorStorage.of(properties.getEmulator().getStorageDir());
		}

		@Bean(destroyMethod = "close")
		ImageKitEmulator imageKitEmulator(ImageKitProperties properties, EmulatorStorage storage) {
			ImageKitEmulator emulator = ImageKitEmulator.builder()
				.port(properties.getEmulator().getPort())
				.storageDirectory(storage.directory())
				.build()
				.start();
			logger.warn("imagekit.emulator.enabled=true and no ImageKit account is configured: using the embedded "
					+ "ImageKit emulator at " + emulator.baseUrl() + ", not ImageKit, storing files under "
					+ storage.directory() + ". Set imagekit.private-key to use your account.");
			return emulator;
		}

	}

	/**
	 * Where the embedded emulator keeps file contents: the configured directory, or a temporary one that is deleted
	 * with the context.
	 */
	record EmulatorStorage(Path directory, boolean temporary) {

		static EmulatorStorage of(@Nullable Path configured) {
			if (configured != null) {
				return new EmulatorStorage(configured, false);
			}
			try {
				return new EmulatorStorage(Files.createTempDirectory("imagekit-emulator-"), true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create a directory for the embedded ImageKit emulator's "
						+ "files; set imagekit.emulator.storage-dir", ex);
			}
		}

		void delete() throws IOException {
			if (this.temporary) {
				FileSystemUtils.deleteRecursively(this.directory);
			}
		}

	}

}
