package io.github.imagekitspring.observation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.resilience.ImageKitResilience;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@ExtendWith(OutputCaptureExtension.class)
class ImageKitLoggingTests {

	private static final String PRIVATE_KEY = "private_L0gT3st_s3cr3t";

	private static final String BASIC_CREDENTIALS = Base64.getEncoder()
		.encodeToString((PRIVATE_KEY + ":").getBytes(StandardCharsets.UTF_8));

	private static final List<String> LOGGERS = List.of("io.github.imagekitspring",
			"org.springframework.web.reactive.function.client", "reactor.netty");

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey(PRIVATE_KEY)
		.apiBaseUrl(server.baseUrl())
		.webClientBuilder(WebClient.builder())
		.build();

	@BeforeEach
	void traceEverything() {
		LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, LogLevel.TRACE));
	}

	@AfterEach
	void resetLevels() {
		LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, null));
	}

	@Test
	void aSuccessIsOneDebugLine(CapturedOutput output) {
		server.stubFor(get("/v1/files/abc/details")
			.willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}").withHeader("x-ik-requestId", "req-ok-7")));

		this.imageKit.files().get("abc").block(Duration.ofSeconds(5));

		assertThat(lines(output, "req-ok-7")).singleElement()
			.asString()
			.contains("DEBUG", "ImageKit files.get [account default] succeeded", "status=200", "attempts=1");
		assertNoSecret(output);
	}

	@Test
	void anExpectedClientErrorIsOneDebugLineWithTheRequestId(CapturedOutput output) {
		stubStatus("missing", 404, "req-404-xyz");

		catchThrowable(() -> this.imageKit.files().get("missing").block(Duration.ofSeconds(5)));

		assertThat(lines(output, "ImageKit files.get")).singleElement()
			.asString()
			.contains("DEBUG", "failed", "status=404", "error.type=not_found", "exception=NotFoundException",
					"request id=req-404-xyz");
		assertNoSecret(output);
	}

	@Test
	void whatNeedsAttentionIsOneWarnLine(CapturedOutput output) {
		stubStatus("denied", 403, "req-403");
		stubStatus("broken", 500, "req-500");
		ImageKitOperations withoutRetries = ImageKitClient.builder()
			.privateKey(PRIVATE_KEY)
			.apiBaseUrl(server.baseUrl())
			.resilience(ImageKitResilience.disabled())
			.build();

		catchThrowable(() -> withoutRetries.files().get("denied").block(Duration.ofSeconds(5)));
		catchThrowable(() -> withoutRetries.files().get("broken").block(Duration.ofSeconds(5)));

		assertThat(lines(output, "request id=req-403")).singleElement()
			.asString()
			.contains("WARN", "status=403", "error.type=forbidden");
		assertThat(lines(output, "request id=req-500")).singleElement()
			.asString()
			.contains("WARN", "status=500", "error.type=server_error");
	}

	@Test
	void theExpectedStatusesAreAProperty(CapturedOutput output) {
		stubStatus("missing", 404, "req-404-configured");
		stubStatus("invalid", 400, "req-400-configured");
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, ImageKitAutoConfiguration.class))
			.withPropertyValues("imagekit.private-key=" + PRIVATE_KEY, "imagekit.api-base-url=" + server.baseUrl(),
					"imagekit.observations.expected-error-statuses=400")
			.run((context) -> {
				ImageKitOperations configured = context.getBean(ImageKitOperations.class);
				catchThrowable(() -> configured.files().get("missing").block(Duration.ofSeconds(5)));
				catchThrowable(() -> configured.files().get("invalid").block(Duration.ofSeconds(5)));
			});

		assertThat(lines(output, "request id=req-404-configured")).singleElement().asString().contains("WARN");
		assertThat(lines(output, "request id=req-400-configured")).singleElement().asString().contains("DEBUG");
	}

	private static void stubStatus(String fileId, int status, String requestId) {
		server.stubFor(get("/v1/files/" + fileId + "/details").willReturn(aResponse().withStatus(status)
			.withHeader("x-ik-requestId", requestId)
			.withBody("{\"message\":\"Status " + status + ".\"}")));
	}

	@Test
	void theApplicationsRequestDetailsLoggingDoesNotReachTheKey(CapturedOutput output) {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		ImageKitOperations detailed = ImageKitClient.builder()
			.privateKey(PRIVATE_KEY)
			.apiBaseUrl(server.baseUrl())
			.webClientBuilder(
					WebClient.builder().codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(true)))
			.build();

		detailed.files().get("abc").block(Duration.ofSeconds(5));

		assertThat(output.getAll()).contains("ExchangeFunctions");
		assertNoSecret(output);
	}

	private static List<String> lines(CapturedOutput output, String text) {
		return output.getAll().lines().filter((line) -> line.contains(text)).toList();
	}

	private static void assertNoSecret(CapturedOutput output) {
		// The libraries below really logged at TRACE: otherwise the check proves nothing.
		assertThat(output.getAll()).contains("reactor.netty").contains("TRACE");
		assertThat(output.getAll()).doesNotContain(PRIVATE_KEY).doesNotContain(BASIC_CREDENTIALS);
	}

}
