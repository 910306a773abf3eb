package io.github.imagekitspring.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.observation.DefaultImageKitObservationConvention;
import io.github.imagekitspring.observation.ImageKitMeterObservationHandler;
import io.github.imagekitspring.observation.ImageKitObservationConvention;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the observation of ImageKit calls: the convention (named by
 * {@code imagekit.observations.name}; a user {@link ImageKitObservationConvention} bean replaces it) and, with a
 * {@link MeterRegistry}, the error counters. The clients pick both up through {@link ImageKitClientFactory},
 * together with the application's {@link ObservationRegistry}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ ObservationRegistry.class, ImageKitOperations.class })
@ConditionalOnBooleanProperty(name = "imagekit.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ImageKitProperties.class)
public final class ImageKitObservationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ImageKitObservationConvention.class)
	DefaultImageKitObservationConvention imageKitObservationConvention(ImageKitProperties properties) {
		return DefaultImageKitObservationConvention.named(properties.getObservations().getName());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MeterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ImageKitMeterObservationHandler imageKitMeterObservationHandler(MeterRegistry meterRegistry) {
			return new ImageKitMeterObservationHandler(meterRegistry);
		}

	}

}
