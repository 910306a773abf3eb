package io.github.imagekitspring.autoconfigure;

import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.observation.ImageKitObservationConvention;
import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.resilience.RateLimitStore;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.context.annotation.Primary;
import org.springframework.util.ClassUtils;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the ImageKit client: an {@link ImageKitOperations} bean for the account configured under
 * {@code imagekit.*}, and one per {@code imagekit.clients.<name>}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, ImageKitOperations.class })
@ConditionalOnBooleanProperty(name = "imagekit.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ImageKitProperties.class)
@ImportRuntimeHints(ImageKitRuntimeHints.class)
public final class ImageKitAutoConfiguration {

	private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

	@Bean
	@ConditionalOnMissingBean(ImageKitConnectionDetails.class)
	@Conditional(DefaultAccountCondition.class)
	PropertiesImageKitConnectionDetails imageKitConnectionDetails(ImageKitProperties properties) {
		return new PropertiesImageKitConnectionDetails(properties);
	}

	/**
	 * Builds the retry and rate limiting of each account from the properties, sharing the application's
	 * Resilience4j registries when it has them (otherwise ours stay inside, so they never stand in for the
	 * application's own) and the rate-limit store.
	 */
	@Bean
	@ConditionalOnMissingBean
	ImageKitResilienceFactory imageKitResilienceFactory(ImageKitProperties properties,
			ObjectProvider<RateLimiterRegistry> rateLimiterRegistry, ObjectProvider<RetryRegistry> retryRegistry,
			ObjectProvider<RateLimitStore> rateLimitStore) {
		ImageKitPropertiesChecks.check(properties);
		RateLimitStore store = rateLimitStore.getIfAvailable();
		boolean redisAnywhere = properties.getRateLimit().getStore() == ImageKitProperties.Store.REDIS
				|| properties.getClients().values().stream()
					.anyMatch((client) -> client.getRateLimit().getStore() == ImageKitProperties.Store.REDIS);
		if (store == null && redisAnywhere) {
			throw new InvalidConfigurationPropertyValueException("imagekit.rate-limit.store", "redis",
					"needs io.lettuce:lettuce-core and com.bucket4j:bucket4j_jdk17-lettuce on the classpath");
		}
		return new ImageKitResilienceFactory(rateLimiterRegistry.getIfAvailable(), retryRegistry.getIfAvailable(),
				store);
	}

	/** Retry and rate limiting of every account that does not override imagekit.retry.* or .rate-limit.*. */
	@Bean
	@ConditionalOnMissingBean
	ImageKitResilience imageKitResilience(ImageKitProperties properties, ImageKitResilienceFactory factory) {
		return factory.create(properties.getRetry(), properties.getRateLimit(), ImageKitProperties.PREFIX);
	}

	@Bean
	@ConditionalOnMissingBean
	ImageKitClientFactory imageKitClientFactory(ImageKitProperties properties,
			ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ImageKitWebClientCustomizer> webClientCustomizers,
			ObjectProvider<ImageKitHttpClientCustomizer> httpClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<ImageKitObservationConvention> observationConvention, ImageKitResilience resilience,
			ImageKitResilienceFactory resilienceFactory, Environment environment,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
			ListableBeanFactory beanFactory) {
		ImageKitNetwork network = new ImageKitNetwork(properties, httpClientSettings.getIfAvailable(),
				sslBundles.getIfAvailable(), hasMeterRegistry(beanFactory));
		return new ImageKitClientFactory(properties, webClientBuilder, webClientCustomizers, httpClientCustomizers,
				observationRegistry, observationConvention, resilience, resilienceFactory, environment, network);
	}

	private static boolean hasMeterRegistry(ListableBeanFactory beanFactory) {
		return ClassUtils.isPresent(METER_REGISTRY, ImageKitAutoConfiguration.class.getClassLoader())
				&& beanFactory.getBeanNamesForType(MeterRegistry.class, false, false).length > 0;
	}

	@Bean
	@Primary
	@ConditionalOnMissingBean(ImageKitOperations.class)
	@ConditionalOnBean(ImageKitConnectionDetails.class)
	ImageKitClient imageKitOperations(ImageKitClientFactory factory, ImageKitConnectionDetails connectionDetails) {
		return factory.create("default", connectionDetails);
	}

	@Bean
	static NamedImageKitClientsRegistrar namedImageKitClientsRegistrar() {
		return new NamedImageKitClientsRegistrar();
	}

}
