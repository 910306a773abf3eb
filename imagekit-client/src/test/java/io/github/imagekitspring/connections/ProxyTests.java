package io.github.imagekitspring.connections;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitProxy;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.testsupport.ForwardingProxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Calls through a real forwarding proxy on loopback.
 */
class ProxyTests {

	private static final String PROXY_PASSWORD = "proxy-pass-Zq81";

	@RegisterExtension
	static WireMockExtension imagekit = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
		.build();

	@Test
	void callsGoThroughTheProxyWithItsCredentials() throws Exception {
		stubDelete();
		try (ForwardingProxy proxy = new ForwardingProxy("proxy-user", PROXY_PASSWORD);
				ImageKitClient client = client(ImageKitProxy.http("127.0.0.1", proxy.port())
					.withCredentials("proxy-user", PROXY_PASSWORD))) {
			client.files().delete("file1").block(Duration.ofSeconds(10));
			assertThat(proxy.tunnels()).singleElement().satisfies((tunnel) -> {
				assertThat(tunnel.target()).isEqualTo("localhost:" + imagekit.getPort());
				assertThat(tunnel.proxyAuthorization()).isEqualTo("Basic " + Base64.getEncoder()
					.encodeToString(("proxy-user:" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8)));
				assertThat(tunnel.accepted()).isTrue();
			});
			imagekit.verify(1, deleteRequestedFor(urlEqualTo("/v1/files/file1")));
		}
	}

	@Test
	void aNonProxyHostIsReachedDirectly() throws Exception {
		stubDelete();
		try (ForwardingProxy proxy = new ForwardingProxy(null, null);
				ImageKitClient client = client(ImageKitProxy.http("127.0.0.1", proxy.port())
					.withNonProxyHosts(List.of("*.example.com", "local*")))) {
			client.files().delete("file1").block(Duration.ofSeconds(10));
			assertThat(proxy.tunnels()).isEmpty();
			imagekit.verify(1, deleteRequestedFor(urlEqualTo("/v1/files/file1")));
		}
	}

	@Test
	void aWrongProxyPasswordFailsTypedNamingTheProxyAnswer() throws Exception {
		stubDelete();
		try (ForwardingProxy proxy = new ForwardingProxy("proxy-user", PROXY_PASSWORD);
				ImageKitClient client = client(ImageKitProxy.http("127.0.0.1", proxy.port())
					.withCredentials("proxy-user", "proxy-pass-wrong-Kd02"))) {
			assertThatExceptionOfType(ImageKitIoException.class)
				.isThrownBy(() -> client.files().delete("file1").block(Duration.ofSeconds(10)))
				.withMessageContaining("files.delete")
				.withMessageContaining("407")
				.satisfies((ex) -> assertThat(ex.toString()).doesNotContain("proxy-pass-wrong-Kd02"));
			assertThat(proxy.tunnels()).singleElement().satisfies((tunnel) -> assertThat(tunnel.accepted()).isFalse());
			imagekit.verify(0, deleteRequestedFor(urlEqualTo("/v1/files/file1")));
		}
	}

	@Test
	void withoutAProxyTheJvmProxyPropertiesApply() throws Exception {
		stubDelete();
		try (ForwardingProxy proxy = new ForwardingProxy(null, null)) {
			ImageKitClient client;
			System.setProperty("https.proxyHost", "127.0.0.1");
			System.setProperty("https.proxyPort", String.valueOf(proxy.port()));
			// The JVM's default would reach loopback directly.
			System.setProperty("http.nonProxyHosts", "example.com");
			try {
				client = ImageKitClient.builder()
					.privateKey("private_proxy_test")
					.apiBaseUrl(imagekit.baseUrl())
					.uploadBaseUrl(imagekit.baseUrl())
					.resilience(ImageKitResilience.disabled())
					.build();
			}
			finally {
				System.clearProperty("https.proxyHost");
				System.clearProperty("https.proxyPort");
				System.clearProperty("http.nonProxyHosts");
			}
			try (client) {
				client.files().delete("file1").block(Duration.ofSeconds(10));
				assertThat(proxy.tunnels()).singleElement()
					.satisfies((tunnel) -> assertThat(tunnel.target()).isEqualTo("localhost:" + imagekit.getPort()));
			}
		}
	}

	@Test
	void theProxyPasswordIsNeverShown() {
		ImageKitProxy proxy = ImageKitProxy.socks5("proxy.example.com", 1080)
			.withCredentials("proxy-user", PROXY_PASSWORD);
		assertThat(proxy.toString()).doesNotContain(PROXY_PASSWORD).contains("proxy-user", "******");
	}

	@Test
	void malformedProxySettingsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ImageKitProxy.http(" ", 8080))
			.withMessageContaining("proxy host");
		assertThatIllegalArgumentException().isThrownBy(() -> ImageKitProxy.http("proxy.example.com", 70000))
			.withMessageContaining("proxy port");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImageKitProxy(ImageKitProxy.Type.HTTP, "proxy", 8080, null, "secret", List.of()))
			.withMessageContaining("proxy password is set without a proxy username")
			.withMessageNotContaining("secret");
	}

	private static void stubDelete() {
		imagekit.stubFor(delete(urlEqualTo("/v1/files/file1")).willReturn(aResponse().withStatus(204)));
	}

	private static ImageKitClient client(ImageKitProxy proxy) {
		return ImageKitClient.builder()
			.privateKey("private_proxy_test")
			.apiBaseUrl(imagekit.baseUrl())
			.uploadBaseUrl(imagekit.baseUrl())
			.resilience(ImageKitResilience.disabled())
			.proxy(proxy)
			.build();
	}

}
