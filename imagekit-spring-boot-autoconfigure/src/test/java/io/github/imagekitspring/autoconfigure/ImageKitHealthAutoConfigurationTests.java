package io.github.imagekitspring.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.autoconfigure.health.ImageKitHealthIndicator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class ImageKitHealthAutoConfigurationTests {

	private static final String KEY = "private_h3alth_k3y";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, ImageKitAutoConfiguration.class,
				ImageKitHealthAutoConfiguration.class))
		.withPropertyValues("imagekit.private-key=" + KEY, "imagekit.api-base-url=" + server.baseUrl());

	@Test
	void offByDefault() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(ReactiveHealthContributor.class));
	}

	@Test
	void upWithAccountRequestIdAndLatencyAndCached() {
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson("[]").withHeader("x-ik-requestId", "req-h")));
		this.runner.withPropertyValues("imagekit.health.enabled=true").run((context) -> {
			assertThat(context).hasSingleBean(ImageKitHealthIndicator.class).hasBean("imagekitHealthContributor");
			ReactiveHealthIndicator indicator = context.getBean(ImageKitHealthIndicator.class);
			Health first = indicator.health().block(Duration.ofSeconds(5));
			Health second = indicator.health().block(Duration.ofSeconds(5));
			assertThat(first.getStatus()).isEqualTo(Status.UP);
			assertThat(first.getDetails()).containsEntry("account", "default")
				.containsEntry("requestId", "req-h")
				.containsKey("latency");
			assertThat(second).isSameAs(first);
			server.verify(1, getRequestedFor(urlEqualTo("/v1/files?limit=1")));
		});
	}

	@Test
	void isNamedImagekitInTheHealthRegistry() {
		this.runner.withPropertyValues("imagekit.health.enabled=true")
			.withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
					HealthContributorRegistryAutoConfiguration.class))
			.run((context) -> {
				ObjectProvider<ReactiveHealthContributorRegistry> reactive = context
					.getBeanProvider(ReactiveHealthContributorRegistry.class);
				assertThat(context).hasNotFailed();
				assertThat(reactive.getIfAvailable()).isNotNull();
				assertThat(reactive.getObject().getContributor("imagekit")).isInstanceOf(ImageKitHealthIndicator.class);
			});
	}

	@Test
	void downWithStatusAndRequestIdButNeverTheKey() {
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(aResponse().withStatus(401)
			.withHeader("x-ik-requestId", "req-401")
			.withBody("{\"message\":\"Your account cannot be authenticated.\"}")));
		this.runner.withPropertyValues("imagekit.health.enabled=true").run((context) -> {
			Health health = context.getBean(ImageKitHealthIndicator.class).health().block(Duration.ofSeconds(5));
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("status", 401)
				.containsEntry("requestId", "req-401")
				.containsEntry("error.type", "unauthorized")
				.containsEntry("exception", "UnauthorizedException");
			assertThat(health.toString()).doesNotContain(KEY);
		});
	}

	@Test
	void aZeroTtlChecksEveryTime() {
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson("[]")));
		this.runner.withPropertyValues("imagekit.health.enabled=true", "imagekit.health.cache-ttl=0s")
			.run((context) -> {
				ReactiveHealthIndicator indicator = context.getBean(ImageKitHealthIndicator.class);
				indicator.health().block(Duration.ofSeconds(5));
				indicator.health().block(Duration.ofSeconds(5));
				server.verify(2, getRequestedFor(urlPathEqualTo("/v1/files")));
			});
	}

	@Test
	void severalAccountsAreOneGroup() {
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson("[]")));
		this.runner
			.withPropertyValues("imagekit.health.enabled=true", "imagekit.clients.archive.private-key=private_archive")
			.run((context) -> {
				assertThat(context).getBean("imagekitHealthContributor")
					.isInstanceOf(CompositeReactiveHealthContributor.class);
				CompositeReactiveHealthContributor group = context.getBean(CompositeReactiveHealthContributor.class);
				assertThat(group.getContributor("default")).isInstanceOf(ImageKitHealthIndicator.class);
				assertThat(group.getContributor("archive")).isInstanceOf(ImageKitHealthIndicator.class);
			});
	}

	@Test
	void managementHealthImagekitEnabledFalseTurnsItOff() {
		this.runner.withPropertyValues("imagekit.health.enabled=true", "management.health.imagekit.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ReactiveHealthContributor.class));
	}

	@Test
	void backsOffWithoutActuatorHealth() {
		this.runner.withPropertyValues("imagekit.health.enabled=true")
			.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ReactiveHealthContributor.class));
	}

	@Test
	void backsOffWhenImageKitIsDisabled() {
		this.runner.withPropertyValues("imagekit.health.enabled=true", "imagekit.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ReactiveHealthContributor.class));
	}

	@Test
	void aUserContributorNamedImagekitWins() {
		ReactiveHealthIndicator mine = () -> Mono.just(Health.up().build());
		this.runner.withPropertyValues("imagekit.health.enabled=true")
			.withBean("imagekitHealthContributor", ReactiveHealthIndicator.class, () -> mine)
			.run((context) -> assertThat(context).getBean("imagekitHealthContributor").isSameAs(mine));
	}

}
