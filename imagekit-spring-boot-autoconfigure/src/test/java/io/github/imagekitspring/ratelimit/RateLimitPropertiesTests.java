package io.github.imagekitspring.ratelimit;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.autoconfigure.ImageKitRedisRateLimitAutoConfiguration;
import io.github.imagekitspring.errors.ImageKitRateLimitedLocallyException;
import io.github.imagekitspring.errors.ServerErrorException;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.resilience.redis.RedisRateLimitStore;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declared windows, per-account overrides and the Redis store's settings, through a real context against WireMock;
 * none needs Redis running.
 */
class RateLimitPropertiesTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
				ImageKitRedisRateLimitAutoConfiguration.class, ImageKitAutoConfiguration.class))
		.withPropertyValues("imagekit.private-key=private_secret_key", "imagekit.public-key=public_key",
				"imagekit.api-base-url=" + server.baseUrl(), "imagekit.upload-base-url=" + server.baseUrl());

	@Test
	void severalWindowsCanBeDeclaredPerEndpoint() {
		this.runner.withPropertyValues("imagekit.rate-limit.endpoints[files.list].windows[0].limit-for-period=120",
				"imagekit.rate-limit.endpoints[files.list].windows[0].limit-refresh-period=10s",
				"imagekit.rate-limit.endpoints[files.list].windows[1].limit-for-period=20",
				"imagekit.rate-limit.endpoints[files.list].windows[1].limit-refresh-period=1s")
			.run((context) -> {
				ImageKitResilience resilience = context.getBean(ImageKitResilience.class);
				// The configuration shows the shortest window.
				assertThat(resilience.rateLimiter("default", ImageKitOperation.FILES_LIST).getRateLimiterConfig())
					.satisfies((config) -> {
						assertThat(config.getLimitForPeriod()).isEqualTo(20);
						assertThat(config.getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1));
					});
			});
	}

	@Test
	void twoWindowsOfOneLengthStopTheStartupNamingTheEndpoint() {
		this.runner.withPropertyValues("imagekit.rate-limit.endpoints[files.list].windows[0].limit-for-period=5",
				"imagekit.rate-limit.endpoints[files.list].windows[0].limit-refresh-period=1s",
				"imagekit.rate-limit.endpoints[files.list].windows[1].limit-for-period=9",
				"imagekit.rate-limit.endpoints[files.list].windows[1].limit-refresh-period=1s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("imagekit.rate-limit.endpoints[files.list]")
				.hasMessageContaining("two windows of PT1S"));
	}

	@Test
	void anAccountOverridesTheRetryAndRateLimitPropertiesItSets() {
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(aResponse().withStatus(503)));
		server.stubFor(get(urlPathEqualTo("/v1/files/abc/details"))
			.willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		this.runner.withPropertyValues("imagekit.retry.max-attempts=3", "imagekit.retry.initial-backoff=1ms",
				"imagekit.rate-limit.endpoints[files.get].limit-for-period=1",
				"imagekit.rate-limit.endpoints[files.get].limit-refresh-period=1m", "imagekit.rate-limit.timeout=0s",
				"imagekit.clients.marketing.private-key=private_marketing",
				"imagekit.clients.marketing.public-key=public_marketing",
				"imagekit.clients.marketing.retry.max-attempts=1",
				"imagekit.clients.marketing.rate-limit.endpoints[files.get].limit-for-period=3",
				"imagekit.clients.marketing.rate-limit.endpoints[files.get].limit-refresh-period=1m")
			.run((context) -> {
				ImageKitOperations main = context.getBean(ImageKitOperations.class);
				ImageKitOperations marketing = context.getBean("imageKitOperations.marketing",
						ImageKitOperations.class);

				StepVerifier.create(marketing.files().list(ListFilesRequest.builder().build()))
					.expectErrorSatisfies((ex) -> assertThat(((ServerErrorException) ex).attempts()).isEqualTo(1))
					.verify(Duration.ofSeconds(30));
				// Unset in the account: the top-level 3 attempts, with the top-level backoff.
				StepVerifier.create(main.files().list(ListFilesRequest.builder().build()))
					.expectErrorSatisfies((ex) -> assertThat(((ServerErrorException) ex).attempts()).isEqualTo(3))
					.verify(Duration.ofSeconds(30));
				// 1 per minute for the default account, 3 for marketing.
				StepVerifier.create(main.files().get("abc")).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
				StepVerifier.create(main.files().get("abc")).expectError(ImageKitRateLimitedLocallyException.class)
					.verify(Duration.ofSeconds(30));
				for (int i = 0; i < 3; i++) {
					StepVerifier.create(marketing.files().get("abc")).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
				}
				StepVerifier.create(marketing.files().get("abc"))
					.expectError(ImageKitRateLimitedLocallyException.class)
					.verify(Duration.ofSeconds(30));
			});
	}

	@Test
	void whenRedisIsDownAtStartThenCallsGoOnAndHealthSaysSo() {
		server.stubFor(get(urlPathEqualTo("/v1/files/abc/details"))
			.willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		this.runner.withPropertyValues("imagekit.rate-limit.store=redis",
				"imagekit.rate-limit.redis.url=redis://127.0.0.1:" + closedPort(),
				"imagekit.rate-limit.redis.timeout=200ms")
			.run((context) -> {
				ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);
				for (int i = 0; i < 3; i++) {
					StepVerifier.create(imageKit.files().get("abc")).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
				}
				RedisRateLimitStore.State state = context.getBean(RedisRateLimitStore.class).state();
				assertThat(state.available()).isFalse();
				assertThat(state.errors()).isPositive();
				Health health = context.getBean("imagekitRateLimitStoreHealthIndicator", ReactiveHealthIndicator.class)
					.health()
					.block(Duration.ofSeconds(5));
				assertThat(health.getStatus().getCode()).isEqualTo("UP");
				assertThat(health.getDetails()).containsEntry("redis", "unavailable, counting in each instance");
			});
	}

	@Test
	void oneAccountCanCountInRedisWhileTheOthersCountLocally() {
		server.stubFor(get(urlPathEqualTo("/v1/files/abc/details"))
			.willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		// Redis is away, so every call that asks it shows in the store's errors.
		this.runner.withPropertyValues("imagekit.public-key=",
				"imagekit.clients.marketing.private-key=private_marketing",
				"imagekit.clients.marketing.public-key=public_marketing",
				"imagekit.clients.marketing.rate-limit.store=redis",
				"imagekit.rate-limit.redis.url=redis://127.0.0.1:" + closedPort(),
				"imagekit.rate-limit.redis.timeout=200ms")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				RedisRateLimitStore store = context.getBean(RedisRateLimitStore.class);
				ImageKitOperations main = context.getBean(ImageKitOperations.class);
				ImageKitOperations marketing = context.getBean("imageKitOperations.marketing",
						ImageKitOperations.class);

				StepVerifier.create(main.files().get("abc")).expectNextCount(1).expectComplete()
					.verify(Duration.ofSeconds(30));
				assertThat(store.state().errors()).as("the default account counts locally").isZero();
				StepVerifier.create(marketing.files().get("abc")).expectNextCount(1).expectComplete()
					.verify(Duration.ofSeconds(30));
				assertThat(store.state().errors()).as("marketing asked Redis").isPositive();
			});
	}

	@Test
	void anAccountCountingInRedisNeedsSomethingNotSecretToNameItsKeys() {
		this.runner.withPropertyValues("imagekit.clients.marketing.private-key=private_marketing",
				"imagekit.clients.marketing.rate-limit.store=redis",
				"imagekit.rate-limit.redis.url=redis://127.0.0.1:" + closedPort())
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("imagekit.clients.marketing.public-key")
				.hasMessageNotContaining("private_marketing"));
	}

	@Test
	void theStoresRedisIsSetOnceForAllAccounts() {
		this.runner.withPropertyValues("imagekit.clients.marketing.private-key=private_marketing",
				"imagekit.clients.marketing.public-key=public_marketing",
				"imagekit.clients.marketing.rate-limit.store=redis",
				"imagekit.clients.marketing.rate-limit.redis.url=redis://user:redis_password@127.0.0.1:" + closedPort())
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("imagekit.clients.marketing.rate-limit.redis")
				.hasMessageContaining("imagekit.rate-limit.redis.*")
				.hasMessageNotContaining("redis_password"));
	}

	@Test
	void theRedisStoreNeedsSomethingNotSecretToNameTheAccountsKeys() {
		this.runner.withPropertyValues("imagekit.public-key=", "imagekit.rate-limit.store=redis",
				"imagekit.rate-limit.redis.url=redis://127.0.0.1:" + closedPort())
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("imagekit.public-key")
				.hasMessageNotContaining("private_secret_key"));
	}

	@Test
	void theRedisStoreWithoutLettuceOnTheClasspathStopsTheStartupSayingWhatIsMissing() {
		this.runner.withClassLoader(new FilteredClassLoader(RedisClient.class))
			.withPropertyValues("imagekit.rate-limit.store=redis")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("io.lettuce:lettuce-core"));
	}

	@Test
	void theRedisStoreWithoutAnyRedisStopsTheStartupNamingTheProperties() {
		this.runner.withPropertyValues("imagekit.rate-limit.store=redis")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("imagekit.rate-limit.redis.url")
				.hasMessageContaining("spring.data.redis"));
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
