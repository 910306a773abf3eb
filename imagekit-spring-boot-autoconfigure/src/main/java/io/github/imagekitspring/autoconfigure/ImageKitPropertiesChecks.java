package io.github.imagekitspring.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Checks of {@code imagekit.*} values that the client's builders would otherwise reject with their own argument
 * names: a bad value stops the startup naming the property. Plain code, so that the starter needs no Bean
 * Validation provider.
 */
final class ImageKitPropertiesChecks {

	private ImageKitPropertiesChecks() {
	}

	static void check(ImageKitProperties properties) {
		// Unset timeouts fall back to spring.http.clients.*, then to the client's defaults.
		positiveIfSet("imagekit.connect-timeout", properties.getConnectTimeout());
		positiveIfSet("imagekit.response-timeout", properties.getResponseTimeout());
		ImageKitProperties.Retry retry = properties.getRetry();
		if (retry.getMaxAttempts() < 1) {
			throw new InvalidConfigurationPropertyValueException("imagekit.retry.max-attempts", retry.getMaxAttempts(),
					"It must be at least 1 (the first request counts); set imagekit.retry.enabled=false for no retries.");
		}
		positive("imagekit.retry.initial-backoff", retry.getInitialBackoff());
		if (!(retry.getMultiplier() >= 1.0)) {
			throw new InvalidConfigurationPropertyValueException("imagekit.retry.multiplier", retry.getMultiplier(),
					"It must be at least 1.");
		}
		positive("imagekit.retry.max-backoff", retry.getMaxBackoff());
		if (retry.getMaxRateLimitWait() == null || retry.getMaxRateLimitWait().isNegative()) {
			throw new InvalidConfigurationPropertyValueException("imagekit.retry.max-rate-limit-wait",
					retry.getMaxRateLimitWait(), "It must be zero (never wait for a 429's reset) or positive.");
		}
	}

	/** The rate-limit store is one for all accounts, so an account's own {@code rate-limit.redis.*} is refused. */
	static void storeSetOnce(Binder binder, String accountPrefix) {
		String name = accountPrefix + ".rate-limit.redis";
		if (binder.bind(name, ImageKitProperties.Redis.class).isBound()) {
			// The value may hold a Redis password.
			throw new InvalidConfigurationPropertyValueException(name, "<hidden>",
					"The rate-limit store is one for all accounts: set imagekit.rate-limit.redis.* instead.");
		}
	}

	private static void positiveIfSet(String name, @Nullable Duration value) {
		if (value != null) {
			positive(name, value);
		}
	}

	private static void positive(String name, @Nullable Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(name, value, "It must be a positive duration, such as 10s.");
		}
	}

}
