package io.github.imagekitspring.autoconfigure;

import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import io.github.imagekitspring.resilience.ImageKitResilience;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Publishes the ImageKit rate limiters and retries with Resilience4j's Micrometer binders
 * ({@code resilience4j.ratelimiter.*}, {@code resilience4j.retry.calls}), tagged {@code client=imagekit}. Only for
 * our private registries: an application registry that we reuse is published by whoever owns it, such as
 * Resilience4j's Spring Boot integration.
 */
@AutoConfiguration(after = ImageKitAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ MeterRegistry.class, TaggedRateLimiterMetrics.class })
@ConditionalOnBean({ MeterRegistry.class, ImageKitResilience.class })
public final class ImageKitResilienceMetricsAutoConfiguration {

	@Bean
	ImageKitResilienceMetrics imageKitResilienceMetrics(ImageKitResilience resilience, MeterRegistry meterRegistry,
			ObjectProvider<RateLimiterRegistry> rateLimiterRegistry, ObjectProvider<RetryRegistry> retryRegistry) {
		if (rateLimiterRegistry.getIfAvailable() != resilience.rateLimiterRegistry()) {
			TaggedRateLimiterMetrics.ofRateLimiterRegistry(resilience.rateLimiterRegistry()).bindTo(meterRegistry);
		}
		if (retryRegistry.getIfAvailable() != resilience.retryRegistry()) {
			TaggedRetryMetrics.ofRetryRegistry(resilience.retryRegistry()).bindTo(meterRegistry);
		}
		return new ImageKitResilienceMetrics();
	}

	/**
	 * Marks that the binders are bound; not a {@code MeterBinder}, so Boot does not bind them a second time.
	 */
	static final class ImageKitResilienceMetrics {

	}

}
