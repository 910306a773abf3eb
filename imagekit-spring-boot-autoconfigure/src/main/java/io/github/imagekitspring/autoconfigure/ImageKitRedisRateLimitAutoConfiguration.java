package io.github.imagekitspring.autoconfigure;

import java.util.function.Supplier;

import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.resilience.RateLimitStore;
import io.github.imagekitspring.resilience.redis.RedisRateLimitStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The shared rate-limit store, when {@code imagekit.rate-limit.store=redis} at the top level or for any account
 * ({@code imagekit.clients.<name>.rate-limit.store}; the store itself is one, set up at the top level): on the Redis of
 * {@code imagekit.rate-limit.redis.url}, else the application's ({@code spring.data.redis.*}). With it, its state
 * in the health endpoint ({@code imagekitRateLimitStore}) and as meters ({@code imagekit.rate-limit.store.errors},
 * {@code imagekit.rate-limit.store.available}). Only when Lettuce and Bucket4j are on the classpath.
 */
@AutoConfiguration(before = ImageKitAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass({ RedisClient.class, Bucket4jLettuce.class, RedisRateLimitStore.class })
@Conditional(OnRedisRateLimitStoreCondition.class)
@EnableConfigurationProperties(ImageKitProperties.class)
public final class ImageKitRedisRateLimitAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean(RateLimitStore.class)
	RedisRateLimitStore imageKitRateLimitStore(ImageKitProperties properties,
			ObjectProvider<ApplicationRedis> applicationRedis, Environment environment) {
		Binder binder = Binder.get(environment);
		properties.getClients().keySet().forEach((account) -> ImageKitPropertiesChecks.storeSetOnce(binder,
				ImageKitProperties.PREFIX + ".clients." + account));
		ImageKitProperties.Redis redis = properties.getRateLimit().getRedis();
		RedisURI uri;
		if (redis.getUrl() != null) {
			try {
				uri = RedisURI.create(redis.getUrl());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidConfigurationPropertyValueException("imagekit.rate-limit.redis.url", "<hidden>",
						"not a Redis URL such as redis://localhost:6379");
			}
		}
		else {
			uri = applicationRedis.getIfAvailable(noRedis()).uri();
		}
		return RedisRateLimitStore.create(uri, redis.getKeyPrefix(), redis.getTimeout());
	}

	private static Supplier<ApplicationRedis> noRedis() {
		return () -> {
			throw new InvalidConfigurationPropertyValueException("imagekit.rate-limit.store", "redis",
					"no Redis to use: set imagekit.rate-limit.redis.url or spring.data.redis.*");
		};
	}

	/** Where the application's own Redis is. */
	record ApplicationRedis(RedisURI uri) {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DataRedisConnectionDetails.class)
	static class ApplicationRedisConfiguration {

		@Bean
		@ConditionalOnBean(DataRedisConnectionDetails.class)
		ApplicationRedis imageKitApplicationRedis(DataRedisConnectionDetails details) {
			DataRedisConnectionDetails.Standalone standalone = details.getStandalone();
			if (standalone == null) {
				throw new InvalidConfigurationPropertyValueException("imagekit.rate-limit.store", "redis",
						"the application's Redis is not a single server: set imagekit.rate-limit.redis.url");
			}
			RedisURI.Builder uri = RedisURI.builder()
				.withHost(standalone.getHost())
				.withPort(standalone.getPort())
				.withDatabase(standalone.getDatabase())
				.withSsl(details.getSslBundle() != null);
			String password = details.getPassword();
			if (password != null) {
				String username = details.getUsername();
				if (username != null) {
					uri.withAuthentication(username, password);
				}
				else {
					uri.withPassword(password.toCharArray());
				}
			}
			return new ApplicationRedis(uri.build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ ReactiveHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
	@ConditionalOnEnabledHealthIndicator("imagekitRateLimitStore")
	static class StoreHealthConfiguration {

		/**
		 * Up while Redis answers; when it does not, still up (calls go on, counted in each instance) with the
		 * store's state in the details.
		 */
		@Bean
		@ConditionalOnMissingBean(name = "imagekitRateLimitStoreHealthIndicator")
		ReactiveHealthIndicator imagekitRateLimitStoreHealthIndicator(ObjectProvider<RateLimitStore> stores) {
			return () -> Mono.fromSupplier(() -> {
				if (!(stores.getIfAvailable() instanceof RedisRateLimitStore store)) {
					return Health.up().withDetail("store", "application's own").build();
				}
				RedisRateLimitStore.State state = store.state();
				Health.Builder health = Health.up()
					.withDetail("store", "redis")
					.withDetail("redis", state.available() ? "available" : "unavailable, counting in each instance")
					.withDetail("errors", state.errors());
				if (state.lastError() != null) {
					health.withDetail("lastError", state.lastError());
				}
				return health.build();
			});
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class StoreMetricsConfiguration {

		@Bean
		MeterBinder imageKitRateLimitStoreMeters(ObjectProvider<RateLimitStore> stores) {
			return (registry) -> {
				if (!(stores.getIfAvailable() instanceof RedisRateLimitStore store)) {
					return;
				}
				FunctionCounter.builder("imagekit.rate-limit.store.errors", store, (s) -> s.state().errors())
					.description("Redis operations of the shared rate-limit store that failed or timed out")
					.tag("store", "redis")
					.register(registry);
				Gauge.builder("imagekit.rate-limit.store.available", store, (s) -> s.state().available() ? 1 : 0)
					.description("1 while Redis answers, 0 while each instance counts on its own")
					.tag("store", "redis")
					.register(registry);
			};
		}

	}

}
