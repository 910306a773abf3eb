package io.github.imagekitspring.reliability;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.ResponseTooLargeException;
import io.github.imagekitspring.errors.ServerErrorException;
import io.github.imagekitspring.resilience.ImageKitResilience;

import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The client's {@code maxResponseSize}: a success with a larger body fails with a typed exception carrying the status
 * and the request id, without reading a body announced as too large; an error status stays the error it is.
 */
class ResponseSizeLimitTests {

	private static final DataSize LIMIT = DataSize.ofKilobytes(1);

	private static final String REQUEST_ID = "req-size";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void aSuccessAnnouncingABodyOverTheLimitFailsWithoutReadingIt() throws Exception {
		try (RawHttpServer raw = new RawHttpServer(RawHttpServer.RawFault.HUGE_CONTENT_LENGTH, Integer.MAX_VALUE,
				"{}")) {
			// The response timeout is far away: only a client that does not wait for the body ends the call.
			ImageKitOperations imageKit = client(raw.baseUrl(), Duration.ofMinutes(5));
			StepVerifier.create(imageKit.files().get("abc"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(ResponseTooLargeException.class)
					.hasMessageContaining("1073741824 bytes")
					.satisfies((tooLarge) -> {
						ResponseTooLargeException exception = (ResponseTooLargeException) tooLarge;
						assertThat(exception.statusCode()).isEqualTo(200);
						assertThat(exception.requestId()).isEqualTo("req-huge");
						assertThat(exception.maxResponseSize()).isEqualTo(LIMIT.toBytes());
					}))
				.verify(Duration.ofMinutes(1));
			assertThat(raw.requests()).isEqualTo(1);
			// The client hung up instead of draining a gigabyte.
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (raw.closedByClient() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(raw.closedByClient()).isEqualTo(1);
		}
	}

	@Test
	void aChunkedSuccessGoingOverTheLimitFailsWithStatusAndRequestId() {
		server.stubFor(get("/v1/files/abc/details").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-ik-requestId", REQUEST_ID)
			.withBody("{\"fileId\":\"abc\",\"name\":\"" + "x".repeat(4096) + "\"}")
			.withChunkedDribbleDelay(4, 40)));
		StepVerifier.create(client(server.baseUrl(), Duration.ofSeconds(30)).files().get("abc"))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(ResponseTooLargeException.class);
				assertThat(((ResponseTooLargeException) ex).statusCode()).isEqualTo(200);
				assertThat(((ResponseTooLargeException) ex).requestId()).isEqualTo(REQUEST_ID);
			})
			.verify(Duration.ofSeconds(30));
		server.verify(1, getRequestedFor(urlPathEqualTo("/v1/files/abc/details")));
	}

	@Test
	void aServerErrorWithAHugeBodyIsStillAServerErrorAndRetried() {
		String huge = "<html>" + "oops ".repeat(2000) + "</html>";
		server.stubFor(get("/v1/files/abc/details").inScenario("huge")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withHeader("x-ik-requestId", REQUEST_ID).withBody(huge))
			.willSetStateTo("chunked"));
		server.stubFor(get("/v1/files/abc/details").inScenario("huge")
			.whenScenarioStateIs("chunked")
			.willReturn(aResponse().withStatus(503)
				.withHeader("x-ik-requestId", REQUEST_ID)
				.withBody(huge)
				.withChunkedDribbleDelay(4, 40))
			.willSetStateTo("fine"));
		server.stubFor(get("/v1/files/abc/details").inScenario("huge")
			.whenScenarioStateIs("fine")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		StepVerifier.create(client(server.baseUrl(), Duration.ofSeconds(30)).files().get("abc"))
			.assertNext((file) -> assertThat(file.fileId()).isEqualTo("abc"))
			.verifyComplete();
		server.verify(3, getRequestedFor(urlPathEqualTo("/v1/files/abc/details")));
	}

	@Test
	void aServerErrorWithAHugeBodyCarriesItsStatusAndTheStartOfItsBody() {
		server.stubFor(get("/v1/files/abc/details").willReturn(aResponse().withStatus(502)
			.withHeader("x-ik-requestId", REQUEST_ID)
			.withBody("Bad gateway " + "x".repeat(8192))));
		StepVerifier.create(client(server.baseUrl(), Duration.ofSeconds(30), ImageKitResilience.disabled())
			.files()
			.get("abc"))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(ServerErrorException.class);
				ServerErrorException error = (ServerErrorException) ex;
				assertThat(error.statusCode()).isEqualTo(502);
				assertThat(error.requestId()).isEqualTo(REQUEST_ID);
				assertThat(error.errorMessage()).startsWith("Bad gateway xxx");
			})
			.verify(Duration.ofSeconds(30));
	}

	@Test
	void theLimitMustBePositiveAndFitAnArray() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImageKitClient.builder().maxResponseSize(DataSize.ofBytes(0)))
			.withMessageContaining("maxResponseSize");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImageKitClient.builder().maxResponseSize(DataSize.ofGigabytes(4)))
			.withMessageContaining("maxResponseSize");
	}

	private static ImageKitOperations client(String baseUrl, Duration responseTimeout) {
		return client(baseUrl, responseTimeout, ImageKitResilience.builder()
			.initialBackoff(Duration.ofMillis(10))
			.maxBackoff(Duration.ofMillis(20))
			.build());
	}

	private static ImageKitOperations client(String baseUrl, Duration responseTimeout,
			ImageKitResilience resilience) {
		return ImageKitClient.builder()
			.privateKey("private_test_key_123")
			.apiBaseUrl(baseUrl)
			.uploadBaseUrl(baseUrl)
			.responseTimeout(responseTimeout)
			.maxResponseSize(LIMIT)
			.resilience(resilience)
			.build();
	}

}
