package io.github.imagekitspring.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rate limits, fault injection, the request log and request ids. */
class ControlsTest {

	static final Instant START = Instant.parse("2026-08-01T00:00:00Z");

	static final MutableClock CLOCK = MutableClock.at(START);

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension.create((b) -> b.clock(CLOCK)
		.rateLimit(RateLimit.of(2, Duration.ofSeconds(10)))
		.rateLimit("accounts.usage", RateLimit.of(1, Duration.ofMinutes(1))));

	Http http;

	@BeforeEach
	void setUp(ImageKitEmulator emulator) {
		CLOCK.set(START);
		emulator.rateLimit(RateLimit.of(2, Duration.ofSeconds(10)));
		this.http = new Http(emulator);
	}

	@Test
	void rateLimitAnswers429WithHeadersUntilTheWindowResets() {
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
		CLOCK.advance(Duration.ofSeconds(4));
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
		Http.Response limited = this.http.get("/v1/files");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("2");
		assertThat(limited.header("X-RateLimit-Interval")).isEqualTo("10000");
		assertThat(limited.header("X-RateLimit-Reset")).as("ms left in the window").isEqualTo("6000");
		assertThat(limited.json().get("message").asString()).isNotBlank();
		assertThat(this.http.get("/v1/customMetadataFields").status()).as("limits count per operation").isEqualTo(200);

		CLOCK.advance(Duration.ofSeconds(5));
		assertThat(this.http.get("/v1/files").header("X-RateLimit-Reset")).isEqualTo("1000");
		CLOCK.advance(Duration.ofSeconds(1));
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
	}

	@Test
	void perOperationOverridesAndUploadsAreNeverLimited() {
		String query = "/v1/accounts/usage?startDate=2026-07-01&endDate=2026-08-01";
		assertThat(this.http.get(query).status()).isEqualTo(200);
		Http.Response limited = this.http.get(query);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("X-RateLimit-Interval")).isEqualTo("60000");
		for (int i = 0; i < 5; i++) {
			this.http.uploadFile("u.bin", new byte[] { 1 }, Map.of());
		}
	}

	@Test
	void injectedFaultsApplyToTheNextCallsOfAnOperation(ImageKitEmulator emulator) {
		emulator.rateLimit(null);
		this.http.unvalidated();
		emulator.injectFault(Fault.status(503).times(2).forOperation("customMetadataFields.list").header("Retry-After", "1"));
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
		Http.Response first = this.http.get("/v1/customMetadataFields");
		assertThat(first.status()).isEqualTo(503);
		assertThat(first.header("Retry-After")).isEqualTo("1");
		assertThat(first.header("x-ik-requestId")).isNotBlank();
		assertThat(this.http.get("/v1/customMetadataFields").status()).isEqualTo(503);
		assertThat(this.http.get("/v1/customMetadataFields").status()).isEqualTo(200);
		assertThat(emulator.requests("customMetadataFields.list")).extracting(RecordedRequest::status).containsExactly(503, 503, 200);

		emulator.injectFault(Fault.status(500).body("{\"message\":\"boom\"}"));
		assertThat(this.http.get("/v1/files").body()).isEqualTo("{\"message\":\"boom\"}");
	}

	@Test
	void droppedConnectionsGetNoResponseAndAreLogged(ImageKitEmulator emulator) throws Exception {
		emulator.rateLimit(null);
		emulator.injectFault(Fault.dropConnection().forOperation("files.addTags"));
		HttpClient client = HttpClient.newHttpClient();
		// A POST, because the JDK client silently retries a GET once when the connection drops.
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/files/addTags"))
			.header("Authorization", Http.basic(emulator.privateKey()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"fileIds\":[\"abc\"],\"tags\":[\"t\"]}"))
			.timeout(Duration.ofSeconds(10))
			.build();
		assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
		assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
		assertThat(emulator.requests("files.addTags")).extracting(RecordedRequest::status).containsExactly(0, 404);
	}

	@Test
	void specOperationIdsAreAliasesAndTheLogReportsTheClientsIds(ImageKitEmulator emulator) {
		emulator.rateLimit(null);
		emulator.rateLimit("list-all-fields", RateLimit.of(1, Duration.ofMinutes(1)));
		emulator.injectFault(Fault.status(503).forOperation("get-file-details"));
		assertThat(this.http.get("/v1/customMetadataFields").status()).isEqualTo(200);
		assertThat(this.http.get("/v1/customMetadataFields").status()).as("limited through its alias").isEqualTo(429);
		this.http.unvalidated();
		assertThat(this.http.get("/v1/files/abc/details").status()).as("fault through its alias").isEqualTo(503);
		assertThat(emulator.requests()).extracting(RecordedRequest::operationId)
			.containsExactly("customMetadataFields.list", "customMetadataFields.list", "files.get");
		assertThat(emulator.requests("list-all-fields")).isEqualTo(emulator.requests("customMetadataFields.list")).hasSize(2);
		assertThat(ImageKitEmulator.operationAliases()).containsEntry("files.list", "list-and-search-assets")
			.containsEntry("folders.copy", "copy-folder")
			.hasSize(ImageKitEmulator.operationIds().size());
	}

	@Test
	void unknownOperationNamesAreRejected(ImageKitEmulator emulator) {
		assertThatThrownBy(() -> emulator.injectFault(Fault.status(500).forOperation("files.lsit")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("files.lsit");
		assertThatThrownBy(() -> emulator.rateLimit("list-files", RateLimit.of(1, Duration.ofSeconds(1))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> emulator.requests("nope")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ImageKitEmulator.builder().rateLimit("nope", RateLimit.of(1, Duration.ofSeconds(1))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void latencyDelaysResponses(ImageKitEmulator emulator) {
		emulator.rateLimit(null);
		emulator.latency(Duration.ofMillis(300));
		long start = System.nanoTime();
		this.http.get("/v1/files");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void everyResponseHasAUniqueRequestId(ImageKitEmulator emulator) {
		String a = this.http.get("/v1/files").header("x-ik-requestId");
		String b = this.http.get("/v1/files/nope/details").header("x-ik-requestId");
		String c = new Http(emulator).auth(null).get("/v1/files").header("x-ik-requestId");
		assertThat(a).isNotBlank();
		assertThat(b).isNotBlank().isNotEqualTo(a);
		assertThat(c).isNotBlank().isNotEqualTo(b);
		assertThat(emulator.requests()).extracting(RecordedRequest::requestId).containsExactly(a, b, c);
	}

}
