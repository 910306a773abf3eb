package io.github.imagekitspring.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.BadRequestException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountOperationsTests {

	private static final String ANALYTICS_JSON = """
			{"bandwidthBytes":5000,"requestCount":42,"startDate":"2026-01-01","endDate":"2026-01-31",
			 "generatedAt":"2026-02-01T10:00:00Z",
			 "browser":{"byBandwidth":[{"name":"Chrome","bandwidthBytes":4000,"requestCount":30}],
			            "byRequests":[{"name":"Chrome","bandwidthBytes":4000,"requestCount":30}]},
			 "cache":{"hitCount":40,"missCount":1,"errorCount":1},
			 "country":{"byBandwidth":[{"code":"IN","name":"India","bandwidthBytes":5000,"requestCount":42}],
			            "byRequests":[]},
			 "device":{"byBandwidth":[],"byRequests":[]},"format":{"byBandwidth":[],"byRequests":[]},
			 "statusCodes":[{"name":"200","requestCount":41},{"name":"404","requestCount":1}],
			 "errorReasons":[{"name":"Origin timeout","requestCount":1}],
			 "extensions":[{"name":"remove-bg","operationCount":3}],
			 "videoProcessing":[{"resolution":"HD","codec":"h264","durationSeconds":12.5}],
			 "top404Assets":[{"name":"https://ik.imagekit.io/demo/missing.jpg","requestCount":1}],
			 "topImages":{"byBandwidth":[{"name":"https://ik.imagekit.io/demo/a.jpg","bandwidthBytes":10,"requestCount":2}],
			              "byRequests":[]},
			 "topImageTransforms":{"byBandwidth":[],"byRequests":[]},"topVideos":{"byBandwidth":[],"byRequests":[]},
			 "topVideoTransforms":{"byBandwidth":[],"byRequests":[]},"topOtherAssets":{"byBandwidth":[],"byRequests":[]},
			 "topReferrers":{"byBandwidth":[],"byRequests":[]},"topUserAgents":{"byBandwidth":[],"byRequests":[]},
			 "urlEndpoints":{"byBandwidth":[{"name":"Default","bandwidthBytes":5000,"requestCount":42}],"byRequests":[]},
			 "someFutureBreakdown":{"x":1}}
			""";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey("private_test_key_123")
		.apiBaseUrl(server.baseUrl())
		.uploadBaseUrl(server.baseUrl())
		.responseTimeout(Duration.ofSeconds(2))
		.build();

	@Test
	void usageSendsBothDatesAndReadsEveryMetric() {
		server.stubFor(get(urlPathEqualTo("/v1/accounts/usage")).willReturn(okJson("""
				{"bandwidthBytes":21991583578,"mediaLibraryStorageBytes":1878758298,"videoProcessingUnitsCount":7,
				 "extensionUnitsCount":3,"originalCacheStorageBytes":12,"requestCount":99}
				""").withHeader("x-ik-requestId", "usage-1")));

		StepVerifier.create(this.imageKit.accounts().withResponse().usage(LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 3, 31)))
			.assertNext((response) -> {
				assertThat(response.requestId()).isEqualTo("usage-1");
				assertThat(response.requiredBody()).isEqualTo(new Usage(21991583578L, 1878758298L, 7, 3, 12));
			})
			.verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/v1/accounts/usage?startDate=2026-01-01&endDate=2026-03-31")));
	}

	@ParameterizedTest(name = "{0} to {1}")
	@CsvSource({ "2026-03-01, 2026-03-01, startDate must be before endDate",
			"2026-03-02, 2026-03-01, startDate must be before endDate",
			"2026-01-01, 2026-04-01, endDate must be less than 90 days after startDate, was 90 days",
			"2025-01-01, 2026-01-01, endDate must be less than 90 days after startDate, was 365 days" })
	void usageRefusesRangesImageKitRejectsWithoutSending(LocalDate startDate, LocalDate endDate, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.accounts().usage(startDate, endDate))
			.withMessageContaining(message);
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void usageRefusesMissingDates() {
		LocalDate today = LocalDate.of(2026, 1, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.accounts().usage(null, today))
			.withMessage("startDate must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.accounts().usageAnalytics(today, null))
			.withMessage("endDate must not be null");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void usageErrorsKeepImageKitsMessageAndHelp() {
		server.stubFor(get(urlPathEqualTo("/v1/accounts/usage")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"startDate and endDate should be within 90 days.\","
					+ "\"help\":\"For support kindly contact us at support@imagekit.io.\"}")));

		StepVerifier.create(this.imageKit.accounts().usage(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(BadRequestException.class);
				BadRequestException badRequest = (BadRequestException) ex;
				assertThat(badRequest.operation()).isEqualTo("accounts.usage");
				assertThat(badRequest.errorMessage()).isEqualTo("startDate and endDate should be within 90 days.");
				assertThat(badRequest.help()).isEqualTo("For support kindly contact us at support@imagekit.io.");
			})
			.verify();
	}

	@Test
	void usageAnalyticsIncludesBothDatesAndReadsEveryBreakdown() {
		server.stubFor(get(urlPathEqualTo("/v1/accounts/usage-analytics")).willReturn(okJson(ANALYTICS_JSON)));

		StepVerifier.create(this.imageKit.accounts().usageAnalytics(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
			.assertNext((analytics) -> {
				assertThat(analytics.bandwidthBytes()).isEqualTo(5000);
				assertThat(analytics.requestCount()).isEqualTo(42);
				assertThat(analytics.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
				assertThat(analytics.endDate()).isEqualTo(LocalDate.of(2026, 1, 31));
				assertThat(analytics.generatedAt()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
				assertThat(analytics.browser().byBandwidth())
					.containsExactly(new UsageAnalytics.TrafficEntry("Chrome", null, 4000, 30));
				assertThat(analytics.cache()).isEqualTo(new UsageAnalytics.CacheCounts(40, 1, 1));
				assertThat(analytics.country().byBandwidth())
					.containsExactly(new UsageAnalytics.TrafficEntry("India", "IN", 5000, 42));
				assertThat(analytics.statusCodes()).containsExactly(new UsageAnalytics.RequestCount("200", 41),
						new UsageAnalytics.RequestCount("404", 1));
				assertThat(analytics.errorReasons()).containsExactly(new UsageAnalytics.RequestCount("Origin timeout", 1));
				assertThat(analytics.extensions()).containsExactly(new UsageAnalytics.ExtensionCount("remove-bg", 3));
				assertThat(analytics.videoProcessing())
					.containsExactly(new UsageAnalytics.VideoProcessing("HD", "h264", 12.5));
				assertThat(analytics.top404Assets()).extracting(UsageAnalytics.RequestCount::name)
					.containsExactly("https://ik.imagekit.io/demo/missing.jpg");
				assertThat(analytics.topImages().byBandwidth()).hasSize(1);
				assertThat(analytics.urlEndpoints().byBandwidth()).extracting(UsageAnalytics.TrafficEntry::name)
					.containsExactly("Default");
				assertThat(analytics.otherFields()).containsOnlyKeys("someFutureBreakdown");
			})
			.verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/v1/accounts/usage-analytics?startDate=2026-01-01&endDate=2026-01-31")));
	}

	@Test
	void usageAnalyticsAcceptsASingleDayAndAnEightyNineDaySpan() {
		server.stubFor(get(urlPathEqualTo("/v1/accounts/usage-analytics")).willReturn(okJson("{}")));

		StepVerifier.create(this.imageKit.accounts().usageAnalytics(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)))
			.assertNext((analytics) -> assertThat(analytics.statusCodes()).isEmpty())
			.verifyComplete();
		StepVerifier.create(this.imageKit.accounts().usageAnalytics(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/v1/accounts/usage-analytics?startDate=2026-05-01&endDate=2026-05-01")));
		server.verify(getRequestedFor(urlEqualTo("/v1/accounts/usage-analytics?startDate=2026-01-01&endDate=2026-03-31")));
	}

	@ParameterizedTest(name = "{0} to {1}")
	@CsvSource({ "2026-03-02, 2026-03-01, startDate must not be after endDate",
			"2026-01-01, 2026-04-01, endDate must be less than 90 days after startDate, was 90 days" })
	void usageAnalyticsRefusesRangesImageKitRejectsWithoutSending(LocalDate startDate, LocalDate endDate,
			String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.imageKit.accounts().usageAnalytics(startDate, endDate))
			.withMessageContaining(message);
		assertThat(server.getAllServeEvents()).isEmpty();
	}

}
