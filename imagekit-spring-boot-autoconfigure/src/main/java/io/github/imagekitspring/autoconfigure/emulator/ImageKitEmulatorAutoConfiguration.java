package io.github.imagekitspring.autoconfigure.emulator;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;
import io.github.imagekitspring.autoconfigure.ImageKitProperties;
import io.github.imagekitspring.emulator.ImageKitEmulator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Development default: when the emulator is on the classpath and no ImageKit account is configured, start an
 * embedded emulator and point the starter at it, saying so in one WARN line. A configured private key, named
 * clients, an {@link ImageKitConnectionDetails} bean or {@code imagekit.emulator.enabled=false} turn it off.
 */
@AutoConfiguration(before = ImageKitAutoConfiguration.class)
@ConditionalOnClass(ImageKitEmulator.class)
@ConditionalOnBooleanProperty(name = { "imagekit.enabled", "imagekit.emulator.enabled" }, matchIfMissing = true)
@ConditionalOnMissingBean(ImageKitConnectionDetails.class)
@Conditional(NoAccountConfiguredCondition.class)
@EnableConfigurationProperties(ImageKitProperties.class)
public final class ImageKitEmulatorAutoConfiguration {

	private static final Log logger = LogFactory.getLog(ImageKitEmulatorAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	ImageKitEmulator imageKitEmulator(ImageKitProperties properties) {
		ImageKitEmulator emulator = ImageKitEmulator.builder().port(properties.getEmulator().getPort()).build().start();
		logger.warn("No ImageKit account is configured (imagekit.private-key): using the embedded ImageKit emulator at "
				+ emulator.baseUrl() + ", not ImageKit. Set imagekit.private-key to use your account.");
		return emulator;
	}

	@Bean
	EmulatorConnectionDetails imageKitEmulatorConnectionDetails(ImageKitEmulator emulator) {
		return new EmulatorConnectionDetails(emulator);
	}

}
