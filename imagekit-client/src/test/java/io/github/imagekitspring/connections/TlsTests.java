package io.github.imagekitspring.connections;

import java.nio.file.Files;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.netty.handler.ssl.SslContextBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.testsupport.SelfSignedKeystore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * HTTPS to a server whose certificate the JVM does not trust, with and without an {@link io.netty.handler.ssl.SslContext}.
 */
class TlsTests {

	static SelfSignedKeystore keystore;

	@RegisterExtension
	static WireMockExtension imagekit = WireMockExtension.newInstance()
		.options(wireMockConfig().httpDisabled(true).dynamicHttpsPort().keystorePath(keystorePath())
			.keystorePassword("changeit").keyManagerPassword("changeit").keystoreType("PKCS12"))
		.build();

	private static String keystorePath() {
		try {
			keystore = SelfSignedKeystore.create(Files.createTempDirectory("imagekit-tls"));
			return keystore.path().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@BeforeEach
	void stub() {
		imagekit.stubFor(delete(urlEqualTo("/v1/files/file1")).willReturn(aResponse().withStatus(204)));
	}

	@Test
	void anUntrustedCertificateFailsTheCallTyped() {
		try (ImageKitClient client = client().build()) {
			assertThatExceptionOfType(ImageKitIoException.class)
				.isThrownBy(() -> client.files().delete("file1").block(Duration.ofSeconds(10)))
				.withMessageContaining("files.delete")
				.withMessageContaining("SSLHandshakeException");
		}
		imagekit.verify(0, deleteRequestedFor(urlEqualTo("/v1/files/file1")));
	}

	@Test
	void anSslContextTrustingTheCertificateMakesTheCallWork() throws Exception {
		try (ImageKitClient client = client()
			.sslContext(SslContextBuilder.forClient().trustManager(keystore.certificate()).build())
			.build()) {
			client.files().delete("file1").block(Duration.ofSeconds(10));
		}
		imagekit.verify(1, deleteRequestedFor(urlEqualTo("/v1/files/file1")));
	}

	@Test
	void aServerContextIsRefused() throws Exception {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImageKitClient.builder().sslContext(SslContextBuilder
				.forServer(java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate(),
						keystore.certificate())
				.build()))
			.withMessageContaining("client context");
	}

	private static ImageKitClient.Builder client() {
		return ImageKitClient.builder()
			.privateKey("private_tls_test")
			.apiBaseUrl("https://localhost:" + imagekit.getHttpsPort())
			.uploadBaseUrl("https://localhost:" + imagekit.getHttpsPort())
			.resilience(ImageKitResilience.disabled());
	}

}
