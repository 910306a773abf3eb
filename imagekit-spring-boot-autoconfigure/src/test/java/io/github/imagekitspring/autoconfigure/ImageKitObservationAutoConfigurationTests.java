package io.github.imagekitspring.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.observation.DefaultImageKitObservationConvention;
import io.github.imagekitspring.observation.ImageKitMeterObservationHandler;
import io.github.imagekitspring.observation.ImageKitObservationConvention;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ImageKitObservationAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				WebClientAutoConfiguration.class, WebClientObservationAutoConfiguration.class,
				ImageKitAutoConfiguration.class, ImageKitObservationAutoConfiguration.class))
		.withPropertyValues("imagekit.private-key=private_abc", "imagekit.api-base-url=" + server.baseUrl());

	@Test
	void withMicrometerTheConventionAndTheMeterHandlerAreDefined() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(DefaultImageKitObservationConvention.class)
				.hasSingleBean(ImageKitMeterObservationHandler.class);
			assertThat(context.getBean(ImageKitObservationConvention.class).getName())
				.isEqualTo("imagekit.client.requests");
		});
	}

	@Test
	void theDefaultNameIsTheConventionsDefault() {
		assertThat(new ImageKitProperties().getObservations().getName())
			.isEqualTo(DefaultImageKitObservationConvention.DEFAULT_NAME);
	}

	@Test
	void bootsWebClientObservationsNestUnderTheImageKitObservation() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		TestObservationRegistry registry = TestObservationRegistry.create();
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
					WebClientObservationAutoConfiguration.class, ImageKitAutoConfiguration.class,
					ImageKitObservationAutoConfiguration.class))
			.withPropertyValues("imagekit.private-key=private_abc", "imagekit.api-base-url=" + server.baseUrl())
			.withBean(ObservationRegistry.class, () -> registry)
			.run((context) -> {
				context.getBean(ImageKitOperations.class).files().get("abc").block(Duration.ofSeconds(5));
				assertThat(registry).hasObservationWithNameEqualTo("http.client.requests")
					.that()
					.hasParentObservationContextMatching((parent) -> parent.getName().equals("imagekit.client.requests"));
			});
	}

	@Test
	void aCallShowsUpAsATimerBesideWebClientsOwn() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		this.runner.run((context) -> {
			context.getBean(ImageKitOperations.class).files().get("abc").block(Duration.ofSeconds(5));
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("imagekit.client.requests")
				.tag("imagekit.operation", "files.get")
				.tag("status", "200")
				.tag("outcome", "SUCCESS")
				.tag("imagekit.account", "default")
				.timer()
				.count()).isEqualTo(1);
			assertThat(meters.get("http.client.requests").timer().count()).isEqualTo(1);
		});
	}

	@Test
	void aFailedCallIsCounted() {
		server.stubFor(get("/v1/files/gone/details").willReturn(aResponse().withStatus(404)));
		this.runner.run((context) -> {
			catchThrowable(() -> context.getBean(ImageKitOperations.class).files().get("gone").block(Duration.ofSeconds(5)));
			assertThat(context.getBean(MeterRegistry.class)
				.get("imagekit.client.errors")
				.tag("error.type", "not_found")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void theObservationNameIsConfigurable() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		this.runner.withPropertyValues("imagekit.observations.name=media.calls").run((context) -> {
			context.getBean(ImageKitOperations.class).files().get("abc").block(Duration.ofSeconds(5));
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.find("media.calls").timer()).isNotNull();
			assertThat(meters.find("imagekit.client.requests").timer()).isNull();
		});
	}

	@Test
	void aUserConventionReplacesOursAndIsUsed() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		TestObservationRegistry registry = TestObservationRegistry.create();
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class,
					ImageKitObservationAutoConfiguration.class))
			.withPropertyValues("imagekit.private-key=private_abc", "imagekit.api-base-url=" + server.baseUrl())
			.withBean(ObservationRegistry.class, () -> registry)
			.withBean("userConvention", ImageKitObservationConvention.class,
					() -> new DefaultImageKitObservationConvention("mine"))
			.run((context) -> {
				assertThat(context).hasSingleBean(ImageKitObservationConvention.class)
					.hasBean("userConvention")
					.doesNotHaveBean(ImageKitMeterObservationHandler.class);
				context.getBean(ImageKitOperations.class).files().get("abc").block(Duration.ofSeconds(5));
				assertThat(registry).hasObservationWithNameEqualTo("mine")
					.that()
					.hasLowCardinalityKeyValue("imagekit.operation", "files.get");
			});
	}

	@Test
	void namedAccountsAreObservedWithTheirName() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		this.runner.withPropertyValues("imagekit.clients.archive.private-key=private_archive").run((context) -> {
			context.getBean("imageKitOperations.archive", ImageKitOperations.class)
				.files()
				.get("abc")
				.block(Duration.ofSeconds(5));
			assertThat(context.getBean(MeterRegistry.class)
				.get("imagekit.client.requests")
				.tag("imagekit.account", "archive")
				.timer()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void withoutMicrometerCoreThereIsNoMeterHandler() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
					WebClientAutoConfiguration.class, WebClientObservationAutoConfiguration.class,
					ImageKitAutoConfiguration.class, ImageKitObservationAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.withPropertyValues("imagekit.private-key=private_abc")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ImageKitMeterObservationHandler.class)
				.hasSingleBean(ImageKitOperations.class));
	}

	@Test
	void withoutTheObservationApiNothingIsObservedAndTheClientStillWorks() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
					ImageKitAutoConfiguration.class, ImageKitObservationAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(ObservationRegistry.class, MeterRegistry.class))
			.withPropertyValues("imagekit.private-key=private_abc", "imagekit.api-base-url=" + server.baseUrl())
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.doesNotHaveBean(ImageKitObservationConvention.class)
					.doesNotHaveBean(ImageKitMeterObservationHandler.class);
				assertThat(context.getBean(ImageKitOperations.class).files().get("abc").block(Duration.ofSeconds(5)))
					.isNotNull();
			});
	}

	@Test
	void disabledMeansNoObservationBeans() {
		this.runner.withPropertyValues("imagekit.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ImageKitObservationConvention.class)
				.doesNotHaveBean(ImageKitMeterObservationHandler.class));
	}

}
