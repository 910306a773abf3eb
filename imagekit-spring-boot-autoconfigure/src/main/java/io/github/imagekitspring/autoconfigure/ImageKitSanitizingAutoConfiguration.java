package io.github.imagekitspring.autoconfigure;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the private key, the webhook secret and the proxy password out of the {@code configprops} and {@code env} actuator endpoints
 * even when an application shows values there ({@code management.endpoint.*.show-values=ALWAYS}), for the default
 * account and every named one, however the property is spelled ({@code imagekit.private-key},
 * {@code IMAGEKIT_PRIVATE_KEY}, or {@code privateKey} inside the bound properties).
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class ImageKitSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "imagekitSanitizingFunction")
	SanitizingFunction imagekitSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(ImageKitSanitizingAutoConfiguration::isSecret);
	}

	static boolean isSecret(String key) {
		String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return normalized.endsWith("privatekey") || normalized.endsWith("webhooksecret")
				|| normalized.endsWith("proxypassword");
	}

}
