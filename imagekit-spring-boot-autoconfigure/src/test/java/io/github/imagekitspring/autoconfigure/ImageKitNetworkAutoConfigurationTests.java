package io.github.imagekitspring.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.function.IntSupplier;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.testsupport.ConnectionCountingServer;
import io.github.imagekitspring.testsupport.ForwardingProxy;
import io.github.imagekitspring.testsupport.SelfSignedKeystore;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pools, proxies, TLS and timeouts of the auto-configured clients, from {@code imagekit.*} and, where unset,
 * {@code spring.http.clients.*}.
 */
class ImageKitNetworkAutoConfigurationTests {

	private static final String PROXY_PASSWORD = "proxy-pass-Boot77";

	private static final SelfSignedKeystore keystore = keystore();

	@RegisterExtension
	static WireMockExtension http = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension https = WireMockExtension.newInstance()
		.options(wireMockConfig().httpDisabled(true).dynamicHttpsPort().keystorePath(keystore.path().toString())
			.keystorePassword(keystore.password()).keyManagerPassword(keystore.password()).keystoreType("PKCS12"))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, HttpClientAutoConfiguration.class,
				SslAutoConfiguration.class, ImageKitAutoConfiguration.class))
		.withPropertyValues("imagekit.private-key=private_network_test", "imagekit.retry.enabled=false");

	@BeforeEach
	void stub() {
		http.stubFor(delete(urlEqualTo("/v1/files/file1")).willReturn(aResponse().withStatus(204)));
		https.stubFor(delete(urlEqualTo("/v1/files/file1")).willReturn(aResponse().withStatus(204)));
		http.stubFor(delete(urlEqualTo("/v1/files/slow")).willReturn(aResponse().withStatus(204)
			.withFixedDelay(1500)));
	}

	@Test
	void idleConnectionsCloseAfterThePoolsIdleTimeAndAllCloseWithTheContext() throws Exception {
		try (ConnectionCountingServer server = new ConnectionCountingServer(Duration.ofMillis(200))) {
			this.runner.withPropertyValues(baseUrls(server.baseUrl()))
				.withPropertyValues("imagekit.pool.max-idle-time=1s",
					"imagekit.pool.eviction-interval=200ms", "imagekit.clients.other.private-key=private_other")
				.run((context) -> {
					burst(context.getBean(ImageKitOperations.class), 20);
					assertThat(server.open()).isPositive().isEqualTo(server.opened());
					assertThat(waitUntilZero(server::open, Duration.ofSeconds(3))).isZero();
				});
			int opened = server.opened();
			this.runner.withPropertyValues(baseUrls(server.baseUrl()))
				.withPropertyValues("imagekit.clients.other.private-key=private_o")
				.run((context) -> {
					burst(context.getBean(ImageKitOperations.class), 5);
					burst(context.getBean("imageKitOperations.other", ImageKitOperations.class), 5);
					// The default idle time keeps them...
					assertThat(server.open()).isEqualTo(server.opened() - opened).isPositive();
				});
			// ...until the context closes the clients of both accounts.
			assertThat(waitUntilZero(server::open, Duration.ofSeconds(5))).isZero();
		}
	}

	@Test
	void thePendingLimitFailsCallsTyped() throws Exception {
		try (ConnectionCountingServer server = new ConnectionCountingServer(Duration.ofSeconds(2))) {
			this.runner.withPropertyValues(baseUrls(server.baseUrl()))
				.withPropertyValues("imagekit.pool.max-connections=1",
					"imagekit.pool.max-pending=1")
				.run((context) -> {
					ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);
					long failures = Flux.range(0, 3)
						.flatMap((i) -> imageKit.files().delete("file" + i).then(reactor.core.publisher.Mono
							.just(false)).onErrorResume(ImageKitIoException.class,
									(ex) -> reactor.core.publisher.Mono.just(true)), 3)
						.filter(Boolean::booleanValue)
						.count()
						.block(Duration.ofSeconds(10));
					assertThat(failures).isOne();
				});
		}
	}

	@Test
	void poolMetricsGoToTheMeterRegistryWhenAskedFor() {
		ApplicationContextRunner withMetrics = this.runner.withConfiguration(AutoConfigurations.of(
				MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class));
		withMetrics.withPropertyValues(baseUrls(http.baseUrl()))
				.withPropertyValues("imagekit.pool.metrics=true",
				"imagekit.clients.metered.private-key=private_metered").run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			try {
				context.getBean("imageKitOperations.metered", ImageKitOperations.class).files().delete("file1")
					.block(Duration.ofSeconds(10));
				assertThat(registry.find("reactor.netty.connection.provider.total.connections")
					.tag("name", "imagekit-metered")
					.gauge()).isNotNull();
			}
			finally {
				Metrics.removeRegistry(registry);
			}
		});
		withMetrics.withPropertyValues(baseUrls(http.baseUrl()))
				.withPropertyValues("imagekit.clients.quiet.private-key=private_quiet")
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				try {
					context.getBean("imageKitOperations.quiet", ImageKitOperations.class).files().delete("file1")
						.block(Duration.ofSeconds(10));
					assertThat(registry.find("reactor.netty.connection.provider.total.connections")
						.tag("name", "imagekit-quiet")
						.gauge()).isNull();
				}
				finally {
					Metrics.removeRegistry(registry);
				}
			});
	}

	@Test
	void callsGoThroughTheConfiguredProxyWithItsCredentials() throws Exception {
		try (ForwardingProxy proxy = new ForwardingProxy("proxy-user", PROXY_PASSWORD)) {
			this.runner.withPropertyValues(baseUrls(http.baseUrl()))
				.withPropertyValues("imagekit.proxy.host=127.0.0.1",
					"imagekit.proxy.port=" + proxy.port(), "imagekit.proxy.username=proxy-user",
					"imagekit.proxy.password=" + PROXY_PASSWORD)
				.run((context) -> {
					context.getBean(ImageKitOperations.class).files().delete("file1").block(Duration.ofSeconds(10));
					assertThat(proxy.tunnels()).singleElement()
						.satisfies((tunnel) -> assertThat(tunnel.proxyAuthorization()).isEqualTo("Basic "
								+ Base64.getEncoder().encodeToString(("proxy-user:" + PROXY_PASSWORD)
									.getBytes(StandardCharsets.UTF_8))));
					http.verify(1, deleteRequestedFor(urlEqualTo("/v1/files/file1")));
					assertThat(context.getBean(ImageKitProperties.class).toString()).contains("proxy-user")
						.doesNotContain(PROXY_PASSWORD);
				});
		}
	}

	@Test
	void nonProxyHostsAreReachedDirectly() throws Exception {
		try (ForwardingProxy proxy = new ForwardingProxy(null, null)) {
			this.runner.withPropertyValues(baseUrls(http.baseUrl()))
				.withPropertyValues("imagekit.proxy.host=127.0.0.1",
					"imagekit.proxy.port=" + proxy.port(), "imagekit.proxy.non-proxy-hosts=*.example.com,localhost")
				.run((context) -> {
					context.getBean(ImageKitOperations.class).files().delete("file1").block(Duration.ofSeconds(10));
					assertThat(proxy.tunnels()).isEmpty();
				});
		}
	}

	@Test
	void aWrongProxyPasswordFailsTyped() throws Exception {
		try (ForwardingProxy proxy = new ForwardingProxy("proxy-user", PROXY_PASSWORD)) {
			this.runner.withPropertyValues(baseUrls(http.baseUrl()))
				.withPropertyValues("imagekit.proxy.host=127.0.0.1",
					"imagekit.proxy.port=" + proxy.port(), "imagekit.proxy.username=proxy-user",
					"imagekit.proxy.password=proxy-pass-wrong-Boot")
				.run((context) -> assertThatExceptionOfType(ImageKitIoException.class)
					.isThrownBy(() -> context.getBean(ImageKitOperations.class).files().delete("file1")
						.block(Duration.ofSeconds(10)))
					.withMessageContaining("407"));
		}
	}

	@Test
	void httpsToAnUntrustedServerFailsWithoutABundle() {
		this.runner.withPropertyValues(baseUrls(httpsBaseUrl()))
			.run((context) -> assertThatExceptionOfType(ImageKitIoException.class)
				.isThrownBy(() -> context.getBean(ImageKitOperations.class).files().delete("file1")
					.block(Duration.ofSeconds(10)))
				.withMessageContaining("SSLHandshakeException"));
	}

	@Test
	void theImageKitSslBundleTrustsTheServer() {
		this.runner.withPropertyValues(baseUrls(httpsBaseUrl()))
				.withPropertyValues("imagekit.ssl.bundle=private-ca")
			.withPropertyValues(trustBundle("private-ca"))
			.run((context) -> {
				context.getBean(ImageKitOperations.class).files().delete("file1").block(Duration.ofSeconds(10));
				https.verify(1, deleteRequestedFor(urlEqualTo("/v1/files/file1")));
			});
	}

	@Test
	void withoutAnImageKitBundleTheHttpClientsBundleApplies() {
		this.runner.withPropertyValues(baseUrls(httpsBaseUrl()))
				.withPropertyValues("spring.http.clients.ssl.bundle=shared")
			.withPropertyValues(trustBundle("shared"))
			.run((context) -> {
				context.getBean(ImageKitOperations.class).files().delete("file1").block(Duration.ofSeconds(10));
				https.verify(1, deleteRequestedFor(urlEqualTo("/v1/files/file1")));
			});
	}

	@Test
	void theHttpClientsReadTimeoutAppliesUnlessTheImageKitOneIsSet() {
		this.runner.withPropertyValues(baseUrls(http.baseUrl()))
				.withPropertyValues("spring.http.clients.read-timeout=300ms")
			.run((context) -> assertThatExceptionOfType(ImageKitIoException.class)
				.isThrownBy(() -> context.getBean(ImageKitOperations.class).files().delete("slow")
					.block(Duration.ofSeconds(10)))
				.withMessageContaining("ReadTimeoutException"));
		this.runner.withPropertyValues(baseUrls(http.baseUrl()))
				.withPropertyValues("spring.http.clients.read-timeout=300ms",
					"imagekit.response-timeout=5s")
			.run((context) -> context.getBean(ImageKitOperations.class).files().delete("slow")
				.block(Duration.ofSeconds(10)));
	}

	@Test
	void aMissingBundleStopsTheStartupNamingTheProperty() {
		this.runner.withPropertyValues("imagekit.ssl.bundle=nowhere").run((context) -> assertThat(context)
			.getFailure()
			.rootCause()
			.isInstanceOf(InvalidConfigurationPropertyValueException.class)
			.hasMessageContaining("imagekit.ssl.bundle")
			.hasMessageContaining("nowhere"));
	}

	@Test
	void malformedProxySettingsStopTheStartupNamingTheProperty() {
		assertStartupFails("imagekit.proxy.host", "imagekit.proxy.port=8080");
		assertStartupFails("imagekit.proxy.port", "imagekit.proxy.host=proxy.example.com");
		assertStartupFails("imagekit.proxy.port", "imagekit.proxy.host=proxy.example.com", "imagekit.proxy.port=0");
		assertStartupFails("imagekit.proxy.username", "imagekit.proxy.host=proxy.example.com",
				"imagekit.proxy.port=8080", "imagekit.proxy.password=" + PROXY_PASSWORD);
		assertStartupFails("imagekit.proxy.password", "imagekit.proxy.host=proxy.example.com",
				"imagekit.proxy.port=8080", "imagekit.proxy.username=someone");
		assertStartupFails("imagekit.proxy.type", "imagekit.proxy.host=proxy.example.com",
				"imagekit.proxy.port=8080", "imagekit.proxy.type=ftp");
		assertStartupFails("imagekit.pool.max-connections", "imagekit.pool.max-connections=0");
	}

	private void assertStartupFails(String property, String... properties) {
		this.runner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			StringBuilder messages = new StringBuilder();
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				messages.append(cause.getMessage()).append('\n');
			}
			assertThat(messages.toString()).contains(property).doesNotContain(PROXY_PASSWORD);
		});
	}

	private static String[] baseUrls(String baseUrl) {
		return new String[] { "imagekit.api-base-url=" + baseUrl, "imagekit.upload-base-url=" + baseUrl };
	}

	private static String httpsBaseUrl() {
		return "https://localhost:" + https.getHttpsPort();
	}

	private static String[] trustBundle(String name) {
		String prefix = "spring.ssl.bundle.jks." + name + ".truststore.";
		return new String[] { prefix + "location=file:" + keystore.path(), prefix + "password=" + keystore.password(),
				prefix + "type=PKCS12" };
	}

	private static void burst(ImageKitOperations imageKit, int calls) {
		Flux.range(0, calls).flatMap((i) -> imageKit.files().delete("file" + i), calls).then()
			.block(Duration.ofSeconds(30));
	}

	private static int waitUntilZero(IntSupplier count, Duration deadline) throws InterruptedException {
		long end = System.nanoTime() + deadline.toNanos();
		while (count.getAsInt() != 0 && System.nanoTime() < end) {
			Thread.sleep(20);
		}
		return count.getAsInt();
	}

	private static SelfSignedKeystore keystore() {
		try {
			return SelfSignedKeystore.create(Files.createTempDirectory("imagekit-tls"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
