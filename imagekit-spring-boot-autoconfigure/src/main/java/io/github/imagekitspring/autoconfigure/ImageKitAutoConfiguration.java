package io.github.imagekitspring.autoconfigure;

import java.time.Duration;

import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.observation.ImageKitObservationConvention;
import io.github.imagekitspring.resilience.ImageKitResilience;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.context.annotation.Primary;
import org.springframework.util.ClassUtils;
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
	 * Retry and rate limiting shared by every account. The application's Resilience4j registries are used when it
	 * has them; otherwise ours stay inside this bean, so they never stand in for the application's own.
	 */
	@Bean
	@ConditionalOnMissingBean
	ImageKitResilience imageKitResilience(ImageKitProperties properties,
			ObjectProvider<RateLimiterRegistry> rateLimiterRegistry, ObjectProvider<RetryRegistry> retryRegistry) {
		ImageKitPropertiesChecks.check(properties);
		ImageKitProperties.Retry retry = properties.getRetry();
		ImageKitProperties.RateLimit rateLimit = properties.getRateLimit();
		Duration callTimeout = retry.getCallTimeout();
		ImageKitResilience.Builder builder = ImageKitResilience.builder()
			.retryEnabled(retry.isEnabled())
			.maxAttempts(retry.getMaxAttempts())
			.initialBackoff(retry.getInitialBackoff())
			.multiplier(retry.getMultiplier())
			.maxBackoff(retry.getMaxBackoff())
			.maxRateLimitWait(retry.getMaxRateLimitWait())
			.retryOnLocked(retry.isRetryOnLocked())
			.callTimeout((callTimeout.isZero() || callTimeout.isNegative()) ? null : callTimeout)
			.rateLimitEnabled(rateLimit.isEnabled())
			.startUnlimited(rateLimit.isStartUnlimited())
			.limitForPeriod(rateLimit.getLimitForPeriod())
			.limitRefreshPeriod(rateLimit.getLimitRefreshPeriod())
			.timeout(rateLimit.getTimeout())
			.rateLimiterRegistry(rateLimiterRegistry.getIfAvailable())
			.retryRegistry(retryRegistry.getIfAvailable());
		rateLimit.getEndpoints().forEach((operationId, endpoint) -> builder.endpointLimit(operationId,
				new ImageKitResilience.EndpointLimit(
						(endpoint.getLimitForPeriod() != null) ? endpoint.getLimitForPeriod()
								: rateLimit.getLimitForPeriod(),
						(endpoint.getLimitRefreshPeriod() != null) ? endpoint.getLimitRefreshPeriod()
								: rateLimit.getLimitRefreshPeriod())));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	ImageKitClientFactory imageKitClientFactory(ImageKitProperties properties,
			ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ImageKitWebClientCustomizer> webClientCustomizers,
			ObjectProvider<ImageKitHttpClientCustomizer> httpClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<ImageKitObservationConvention> observationConvention, ImageKitResilience resilience,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
			ListableBeanFactory beanFactory) {
		ImageKitNetwork network = new ImageKitNetwork(properties, httpClientSettings.getIfAvailable(),
				sslBundles.getIfAvailable(), hasMeterRegistry(beanFactory));
		return new ImageKitClientFactory(properties, webClientBuilder, webClientCustomizers, httpClientCustomizers,
				observationRegistry, observationConvention, resilience, network);
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
