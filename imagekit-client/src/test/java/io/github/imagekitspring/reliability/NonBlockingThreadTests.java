package io.github.imagekitspring.reliability;

import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.upload.UploadAuthParameters;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.urls.UrlRequest;
import io.github.imagekitspring.webhooks.WebhookVerificationException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public API called from a non-blocking thread, as a WebFlux handler calls it: BlockHound, installed for the
 * whole suite, fails any call that blocks there. Every HTTP operation is called so in
 * {@code NonBlockingContractTests}; here the rest: upload credentials, URLs, webhooks, multipart boundaries.
 */
class NonBlockingThreadTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey("private_test_key_123")
		.publicKey("public_test_key_123")
		.urlEndpoint("https://ik.imagekit.io/demo")
		.webhookSecret("whsec_" + Base64.getEncoder().encodeToString("webhook-key-0123456789".getBytes()))
		.apiBaseUrl(server.baseUrl())
		.uploadBaseUrl(server.baseUrl())
		.responseTimeout(Duration.ofSeconds(30))
		.build();

	@Test
	void urlsAndWebhooksRunOnANonBlockingThread() {
		String url = onNonBlockingThread(() -> this.imageKit.urls()
			.url(UrlRequest.forPath("/a.jpg").signed(true).expiresIn(Duration.ofMinutes(5)).build()));
		assertThat(url).contains("ik-s=");
		Map<String, String> headers = Map.of("webhook-id", "msg_1", "webhook-timestamp",
				String.valueOf(System.currentTimeMillis() / 1000), "webhook-signature", "v1,AAAA");
		Object rejected = Mono.<Object>fromSupplier(() -> this.imageKit.webhooks().verify("{}", headers))
			.subscribeOn(Schedulers.parallel())
			.onErrorResume(Mono::just)
			.block(Duration.ofSeconds(30));
		assertThat(rejected).isInstanceOf(WebhookVerificationException.class);
		String token = onNonBlockingThread(() -> this.imageKit.uploads()
			.uploadToken(UploadRequest.builder("a.jpg").build()));
		assertThat(token.split("\\.")).hasSize(3);
	}

	@Test
	void blockHoundIsInstalled() {
		Mono<Void> sleeping = Mono.<Void>fromRunnable(() -> sleep(Duration.ofMillis(1)))
			.subscribeOn(Schedulers.parallel());
		assertThatThrownBy(() -> sleeping.block(Duration.ofSeconds(5)))
			.hasMessageContaining("Blocking call");
	}

	@Test
	void authenticationParametersDrawTheirTokenWithoutBlocking() {
		// The system's generator reads /dev/urandom whenever its 32-byte buffer runs out: a few draws cross it.
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 8; i++) {
			UploadAuthParameters parameters = onNonBlockingThread(() -> this.imageKit.uploads()
				.authenticationParameters());
			tokens.add(parameters.token());
		}
		assertThat(tokens).hasSize(8)
			.allSatisfy((token) -> assertThat(token)
				.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
	}

	@Test
	void uploadsDrawTheirMultipartBoundaryWithoutBlocking() {
		server.stubFor(post("/api/v1/files/upload").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"fileId\":\"f1\",\"name\":\"a.jpg\",\"filePath\":\"/a.jpg\",\"fileType\":\"image\"}")));
		for (int i = 0; i < 4; i++) {
			UploadResult result = Mono
				.defer(() -> this.imageKit.uploads()
					.upload(UploadSource.of(new byte[] { 1, 2, 3 }), UploadRequest.builder("a.jpg").build()))
				.subscribeOn(Schedulers.parallel())
				.block(Duration.ofSeconds(30));
			assertThat(result).isNotNull();
		}
		assertThat(server.getAllServeEvents()).hasSize(4)
			.allSatisfy((event) -> assertThat(event.getRequest().getHeader("Content-Type"))
				.matches("multipart/form-data;boundary=[-_0-9a-zA-Z]{30,40}"));
	}

	private static <T> T onNonBlockingThread(Supplier<T> call) {
		return Mono.fromSupplier(call).subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(30));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
