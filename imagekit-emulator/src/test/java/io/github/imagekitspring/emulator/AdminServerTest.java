package io.github.imagekitspring.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The standalone emulator's admin port: health, and the request log a container's user can only read over HTTP. */
class AdminServerTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Test
	void answersHealthAndTheRequestLogWithoutLoggingItself() throws Exception {
		MutableClock clock = MutableClock.at(Instant.parse("2026-08-01T10:15:30.250Z"));
		try (ImageKitEmulator emulator = ImageKitEmulator.builder().clock(clock).build().start();
				AdminServer admin = AdminServer.start(emulator, "127.0.0.1", 0)) {
			String adminUrl = "http://127.0.0.1:" + admin.port();
			HttpResponse<String> health = get(adminUrl + "/health");
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(Http.JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");

			Http.Response upload = new Http(emulator).uploadFile("a.png", TestImages.png(2, 2), Map.of());
			String requestId = upload.headers().get("x-ik-requestId").get(0);

			HttpResponse<String> log = get(adminUrl + "/requests");
			assertThat(log.statusCode()).isEqualTo(200);
			JsonNode entries = Http.JSON.readTree(log.body());
			assertThat(entries).hasSize(1);
			assertThat(entries.get(0).get("operationId").asString()).isEqualTo("files.upload");
			assertThat(entries.get(0).get("status").asInt()).isEqualTo(200);
			assertThat(entries.get(0).get("requestId").asString()).isEqualTo(requestId);
			assertThat(entries.get(0).get("receivedAt").asString()).as("ISO-8601 on the emulator's clock")
				.isEqualTo("2026-08-01T10:15:30.250Z");

			assertThat(get(adminUrl + "/v1/files").statusCode()).isEqualTo(404);
			assertThat(CLIENT.send(HttpRequest.newBuilder(URI.create(adminUrl + "/requests")).DELETE().build(),
					HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
			assertThat(emulator.requests()).hasSize(1);
		}
	}

	private static HttpResponse<String> get(String url) throws Exception {
		return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
