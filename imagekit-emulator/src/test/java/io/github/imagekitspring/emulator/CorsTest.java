package io.github.imagekitspring.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsers upload straight to the upload host from another origin; the API host stays server-to-server. */
class CorsTest {

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension.create();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static HttpResponse<String> options(ImageKitEmulator emulator, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "http://localhost:8080")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,x-requested-with")
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/files/upload", "/api/v2/files/upload" })
	void uploadEndpointsAnswerThePreflight(String path, ImageKitEmulator emulator) throws Exception {
		HttpResponse<String> response = options(emulator, path);

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
				(methods) -> assertThat(methods).contains("POST"));
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("content-type,x-requested-with");
		assertThat(emulator.requests()).isEmpty();
	}

	@Test
	void uploadResponsesAllowAnyOriginAndExposeTheRequestId(ImageKitEmulator emulator) {
		Http.Response accepted = new Http(emulator).uploadFile("cors.png", TestImages.png(4, 4), Map.of());
		Http.Response refused = new Http(emulator).auth(null)
			.upload("/api/v1/files/upload", Map.of("file", TestImages.png(4, 4), "fileName", "cors.png"));

		assertThat(refused.status()).isEqualTo(401);
		for (Http.Response response : new Http.Response[] { accepted, refused }) {
			assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
			assertThat(response.header("Access-Control-Expose-Headers")).isEqualToIgnoringCase("x-ik-requestId");
			assertThat(response.header("x-ik-requestId")).isNotBlank();
		}
	}

	@Test
	void injectedUploadFaultsStillAllowAnyOrigin(ImageKitEmulator emulator) {
		emulator.injectFault(Fault.status(503).forOperation("files.upload"));

		Http.Response response = new Http(emulator).unvalidated()
			.upload("/api/v1/files/upload", Map.of("file", TestImages.png(4, 4), "fileName", "cors.png"));

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	@Test
	void theApiHostSendsNoCorsHeaders(ImageKitEmulator emulator) throws Exception {
		Http.Response list = new Http(emulator).get("/v1/files");
		HttpResponse<String> preflight = options(emulator, "/v1/files");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.header("Access-Control-Allow-Origin")).isNull();
		assertThat(preflight.statusCode()).isEqualTo(404);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

}
