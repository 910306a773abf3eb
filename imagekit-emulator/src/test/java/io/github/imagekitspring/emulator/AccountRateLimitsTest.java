package io.github.imagekitspring.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Account-wide rate limits with several fixed windows per operation, on the emulator's clock. */
class AccountRateLimitsTest {

	static final Instant START = Instant.parse("2026-08-01T00:00:00Z");

	static final MutableClock CLOCK = MutableClock.at(START);

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension
		.create((b) -> b.clock(CLOCK).rateLimits(RateLimit.parseAll("2/1000,3/10000")));

	Http http;

	@BeforeEach
	void setUp(ImageKitEmulator emulator) {
		CLOCK.set(START);
		emulator.rateLimits(RateLimit.parseAll("2/1000,3/10000"));
		this.http = new Http(emulator);
	}

	@Test
	void aCallNeedsRoomInEveryWindowAndThe429NamesTheFullOne() {
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
		CLOCK.advance(Duration.ofMillis(250));
		Http.Response perSecond = this.http.get("/v1/files");
		assertThat(perSecond.status()).isEqualTo(429);
		assertThat(perSecond.header("X-RateLimit-Limit")).isEqualTo("2");
		assertThat(perSecond.header("X-RateLimit-Interval")).isEqualTo("1000");
		assertThat(perSecond.header("X-RateLimit-Reset")).as("ms until the second ends").isEqualTo("750");
		assertThat(perSecond.json().get("message").asString()).contains("rate limit");

		CLOCK.advance(Duration.ofMillis(750));
		assertThat(this.http.get("/v1/files").status()).as("a new second, the third call in 10 s").isEqualTo(200);
		Http.Response perTenSeconds = this.http.get("/v1/files");
		assertThat(perTenSeconds.status()).isEqualTo(429);
		assertThat(perTenSeconds.header("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(perTenSeconds.header("X-RateLimit-Interval")).isEqualTo("10000");
		assertThat(perTenSeconds.header("X-RateLimit-Reset")).isEqualTo("9000");

		CLOCK.advance(Duration.ofSeconds(5));
		assertThat(this.http.get("/v1/files").header("X-RateLimit-Interval")).as("refused calls count in no window")
			.isEqualTo("10000");
		CLOCK.advance(Duration.ofSeconds(4));
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
	}

	@Test
	void whenSeveralWindowsAreFullThe429NamesTheOneThatResetsLast(ImageKitEmulator emulator) {
		emulator.rateLimits(RateLimit.parseAll("1/1000,1/10000"));
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
		Http.Response limited = this.http.get("/v1/files");
		assertThat(limited.header("X-RateLimit-Interval")).isEqualTo("10000");
		assertThat(limited.header("X-RateLimit-Reset")).isEqualTo("10000");
	}

	@Test
	void windowsAreAlignedToTheirIntervalNotToTheFirstCall(ImageKitEmulator emulator) {
		CLOCK.advance(Duration.ofMillis(600));
		emulator.rateLimits(List.of(RateLimit.of(1, Duration.ofSeconds(1))));
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
		assertThat(this.http.get("/v1/files").header("X-RateLimit-Reset")).isEqualTo("400");
		CLOCK.advance(Duration.ofMillis(400));
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
	}

	@Test
	void anOperationsOwnWindowsReplaceTheDefaultAndCountOnlyItsCalls(ImageKitEmulator emulator) {
		emulator.rateLimits("customMetadataFields.list", RateLimit.parseAll("1/60000"));
		assertThat(this.http.get("/v1/customMetadataFields").status()).isEqualTo(200);
		Http.Response limited = this.http.get("/v1/customMetadataFields");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("X-RateLimit-Interval")).isEqualTo("60000");
		assertThat(this.http.get("/v1/files").status()).as("other operations keep the default windows").isEqualTo(200);
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
		assertThat(this.http.get("/v1/files").status()).isEqualTo(429);

		emulator.rateLimits("list-all-fields", List.of());
		assertThat(this.http.get("/v1/customMetadataFields").status()).as("back on the default, windows restarted")
			.isEqualTo(200);
	}

	@Test
	void callsCountAcrossEveryClientOfTheAccount(ImageKitEmulator emulator) throws Exception {
		HttpClient first = HttpClient.newHttpClient();
		HttpClient second = HttpClient.newHttpClient();
		HttpRequest list = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/files"))
			.header("Authorization", Http.basic(emulator.privateKey()))
			.timeout(Duration.ofSeconds(10))
			.build();
		assertThat(first.send(list, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
		assertThat(second.send(list, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
		HttpResponse<Void> limited = first.send(list, HttpResponse.BodyHandlers.discarding());
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("X-RateLimit-Limit")).hasValue("2");
		assertThat(second.send(list, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(429);
	}

	@Test
	void theRequestLogSaysWhenEachCallArrivedOnTheClockTheWindowsCountOn(ImageKitEmulator emulator) {
		emulator.rateLimits(RateLimit.parseAll("1/1000"));
		CLOCK.advance(Duration.ofMillis(999));
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
		assertThat(this.http.get("/v1/files").status()).isEqualTo(429);
		CLOCK.advance(Duration.ofMillis(1));
		assertThat(this.http.get("/v1/files").status()).isEqualTo(200);
		this.http.unvalidated();
		emulator.injectFault(Fault.status(503).forOperation("files.list"));
		CLOCK.advance(Duration.ofMillis(1500));
		assertThat(this.http.get("/v1/files").status()).isEqualTo(503);

		assertThat(emulator.requests("files.list")).extracting(RecordedRequest::receivedAt, RecordedRequest::status)
			.containsExactly(tuple(START.plusMillis(999), 200), tuple(START.plusMillis(999), 429),
					tuple(START.plusMillis(1000), 200), tuple(START.plusMillis(2500), 503));
		assertThat(emulator.requests("files.list")).filteredOn((request) -> request.status() != 503)
			.extracting((request) -> request.receivedAt().toEpochMilli() / 1000)
			.as("the window each call was counted in")
			.containsExactly(START.toEpochMilli() / 1000, START.toEpochMilli() / 1000, START.toEpochMilli() / 1000 + 1);
	}

	@Test
	void uploadsAreNeverLimited() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.http.uploadFile("u.bin", new byte[] { 1 }, Map.of()).status()).isEqualTo(200);
		}
	}

	@Test
	void windowsAreWrittenAsLimitSlashIntervalPairs() {
		assertThat(RateLimit.parseAll("20/1000, 120/10000")).containsExactly(RateLimit.of(20, Duration.ofSeconds(1)),
				RateLimit.of(120, Duration.ofSeconds(10)));
		assertThatThrownBy(() -> RateLimit.parseAll("20/1000,120")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'120'");
		assertThatThrownBy(() -> RateLimit.parseAll("0/1000")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RateLimit.parseAll("x/1000")).isInstanceOf(IllegalArgumentException.class);
	}

}
