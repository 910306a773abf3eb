package io.github.imagekitspring.autoconfigure;

import java.time.Duration;

import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.resilience.ImageKitResilience;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class ImageKitResilienceAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, ImageKitAutoConfiguration.class,
				ImageKitResilienceMetricsAutoConfiguration.class))
		.withPropertyValues("imagekit.private-key=private_abc");

	@Test
	void retryAndRateLimitPropertiesAreBound() {
		this.runner.withPropertyValues("imagekit.retry.enabled=false", "imagekit.retry.max-attempts=6",
				"imagekit.retry.initial-backoff=200ms", "imagekit.retry.multiplier=3",
				"imagekit.retry.max-backoff=5s", "imagekit.retry.max-rate-limit-wait=2m",
				"imagekit.retry.retry-on-locked=false", "imagekit.retry.call-timeout=45s",
				"imagekit.rate-limit.start-unlimited=false", "imagekit.rate-limit.limit-for-period=9",
				"imagekit.rate-limit.limit-refresh-period=2s", "imagekit.rate-limit.timeout=4s",
				"imagekit.rate-limit.endpoints[files.list].limit-for-period=3")
			.run((context) -> {
				ImageKitProperties properties = context.getBean(ImageKitProperties.class);
				ImageKitProperties.Retry retry = properties.getRetry();
				assertThat(retry.isEnabled()).isFalse();
				assertThat(retry.getMaxAttempts()).isEqualTo(6);
				assertThat(retry.getInitialBackoff()).isEqualTo(Duration.ofMillis(200));
				assertThat(retry.getMultiplier()).isEqualTo(3.0);
				assertThat(retry.getMaxBackoff()).isEqualTo(Duration.ofSeconds(5));
				assertThat(retry.getMaxRateLimitWait()).isEqualTo(Duration.ofMinutes(2));
				assertThat(retry.isRetryOnLocked()).isFalse();
				assertThat(retry.getCallTimeout()).isEqualTo(Duration.ofSeconds(45));
				ImageKitResilience resilience = context.getBean(ImageKitResilience.class);
				RateLimiter get = resilience.rateLimiter("default", ImageKitOperation.FILES_GET);
				assertThat(get.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(9);
				assertThat(get.getRateLimiterConfig().getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(2));
				assertThat(get.getRateLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofSeconds(4));
				RateLimiter list = resilience.rateLimiter("default", ImageKitOperation.FILES_LIST);
				assertThat(list.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(3);
				assertThat(list.getRateLimiterConfig().getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(2));
			});
	}

	@Test
	void byDefaultEndpointsStartUnlimitedAndOurRegistriesAreNotBeans() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ImageKitResilience.class)
				.doesNotHaveBean(RateLimiterRegistry.class)
				.doesNotHaveBean(RetryRegistry.class);
			RateLimiter limiter = context.getBean(ImageKitResilience.class)
				.rateLimiter("default", ImageKitOperation.FILES_GET);
			assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(Integer.MAX_VALUE);
		});
	}

	@Test
	void theApplicationsRegistriesAreReused() {
		RateLimiterRegistry rateLimiters = RateLimiterRegistry.ofDefaults();
		RetryRegistry retries = RetryRegistry.ofDefaults();
		this.runner.withBean(RateLimiterRegistry.class, () -> rateLimiters)
			.withBean(RetryRegistry.class, () -> retries)
			.run((context) -> {
				ImageKitResilience resilience = context.getBean(ImageKitResilience.class);
				assertThat(resilience.rateLimiterRegistry()).isSameAs(rateLimiters);
				assertThat(resilience.retryRegistry()).isSameAs(retries);
				resilience.rateLimiter("default", ImageKitOperation.FILES_GET);
				assertThat(rateLimiters.find("imagekit.default.files.get")).isPresent();
			});
	}

	@Test
	void namedAccountsGetTheirOwnLimiters() {
		this.runner.withPropertyValues("imagekit.clients.marketing.private-key=private_mkt").run((context) -> {
			ImageKitResilience resilience = context.getBean(ImageKitResilience.class);
			assertThat(resilience.rateLimiter("marketing", ImageKitOperation.FILES_GET).getName())
				.isEqualTo("imagekit.marketing.files.get");
			assertThat(resilience.rateLimiter("default", ImageKitOperation.FILES_GET))
				.isNotSameAs(resilience.rateLimiter("marketing", ImageKitOperation.FILES_GET));
		});
	}

	@Test
	void withAMeterRegistryTheLimitersArePublished() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			assertThat(context)
				.hasSingleBean(ImageKitResilienceMetricsAutoConfiguration.ImageKitResilienceMetrics.class);
			context.getBean(ImageKitResilience.class).rateLimiter("default", ImageKitOperation.FILES_GET);
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.find("resilience4j.ratelimiter.available.permissions")
				.tag("name", "imagekit.default.files.get")
				.tag("client", "imagekit")
				.gauge()).isNotNull();
		});
	}

	@Test
	void withoutMicrometerTheMetricsBackOff() {
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run((context) -> {
			assertThat(context).hasSingleBean(ImageKitResilience.class)
				.doesNotHaveBean(ImageKitResilienceMetricsAutoConfiguration.ImageKitResilienceMetrics.class);
		});
	}

	@Test
	void withoutResilience4jMicrometerTheMetricsBackOff() {
		this.runner.withClassLoader(new FilteredClassLoader(TaggedRateLimiterMetrics.class))
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context)
				.doesNotHaveBean(ImageKitResilienceMetricsAutoConfiguration.ImageKitResilienceMetrics.class));
	}

	@Test
	void withoutAMeterRegistryBeanTheMetricsBackOff() {
		this.runner.run((context) -> assertThat(context)
			.doesNotHaveBean(ImageKitResilienceMetricsAutoConfiguration.ImageKitResilienceMetrics.class));
	}

}
