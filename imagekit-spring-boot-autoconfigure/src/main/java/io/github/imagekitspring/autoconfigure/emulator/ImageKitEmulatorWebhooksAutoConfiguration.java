package io.github.imagekitspring.autoconfigure.emulator;

import io.github.imagekitspring.autoconfigure.ImageKitProperties;
import io.github.imagekitspring.emulator.ImageKitEmulator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Offline webhooks: when the application receives webhooks ({@code imagekit.webhooks.path}) and runs on an emulator
 * bean such as the embedded one, that emulator signs its webhooks with {@code imagekit.webhook-secret} and sends them
 * to the application's own endpoint once the web server is up.
 */
@AutoConfiguration(after = ImageKitEmulatorAutoConfiguration.class)
@ConditionalOnClass(ImageKitEmulator.class)
@ConditionalOnProperty("imagekit.webhooks.path")
@ConditionalOnBean(ImageKitEmulator.class)
@EnableConfigurationProperties(ImageKitProperties.class)
public final class ImageKitEmulatorWebhooksAutoConfiguration {

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	EmulatorWebhooksToSelf imageKitEmulatorWebhooksToReactiveApplication(ImageKitEmulator emulator,
			ImageKitProperties properties, Environment environment) {
		return new EmulatorWebhooksToSelf(emulator, properties.getWebhookSecret(), environment, "spring.webflux.base-path");
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	EmulatorWebhooksToSelf imageKitEmulatorWebhooksToServletApplication(ImageKitEmulator emulator,
			ImageKitProperties properties, Environment environment) {
		return new EmulatorWebhooksToSelf(emulator, properties.getWebhookSecret(), environment, "server.servlet.context-path");
	}

}
