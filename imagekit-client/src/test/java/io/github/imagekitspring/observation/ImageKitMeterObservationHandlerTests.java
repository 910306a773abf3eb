package io.github.imagekitspring.observation;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.internal.client.FileClient;
import io.github.imagekitspring.errors.ImageKitRateLimitedLocallyException;
import io.github.imagekitspring.files.FileOperations;
import io.github.imagekitspring.internal.http.ExchangeDecorator;
import io.github.imagekitspring.internal.http.ImageKitCall;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.internal.observation.ObservationExchangeDecorator;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ImageKitMeterObservationHandlerTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ObservationRegistry observations = ObservationRegistry.create();

	private final ImageKitOperations imageKit;

	ImageKitMeterObservationHandlerTests() {
		this.observations.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(this.meters))
			.observationHandler(new ImageKitMeterObservationHandler(this.meters));
		this.imageKit = ImageKitClient.builder()
			.privateKey("private_test_key")
			.apiBaseUrl(server.baseUrl())
			.responseTimeout(Duration.ofSeconds(2))
			.observationRegistry(this.observations)
			.build();
	}

	@Test
	void failuresAreCountedByOperationStatusErrorTypeAndAccount() {
		stub("a", 404);
		stub("b", 404);
		stub("c", 500);
		stub("d", 429);
		server.stubFor(get("/v1/files/e/details").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		server.stubFor(get("/v1/files/ok/details").willReturn(okJson("{\"fileId\":\"ok\",\"type\":\"file\"}")
			.withHeader("x-ik-requestId", "req-ok")));
		for (String id : new String[] { "a", "b", "c", "d", "e", "ok" }) {
			catchThrowable(() -> this.imageKit.files().get(id).block(Duration.ofSeconds(5)));
		}

		assertThat(errors("404", "not_found")).isEqualTo(2);
		assertThat(errors("500", "server_error")).isEqualTo(1);
		assertThat(errors("429", "rate_limited")).isEqualTo(1);
		assertThat(errors("IO_ERROR", "transport")).isEqualTo(1);
		assertThat(this.meters.find(ImageKitMeterObservationHandler.ERRORS).counters()).hasSize(4);
		assertThat(this.meters.get(ImageKitMeterObservationHandler.RATE_LIMITED)
			.tag("imagekit.operation", "files.get")
			.tag("imagekit.account", "default")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.meters.find(ImageKitMeterObservationHandler.THROTTLED).counter()).isNull();
		assertThat(this.meters.get(DefaultImageKitObservationConvention.DEFAULT_NAME)
			.tag("status", "200")
			.tag("outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get(DefaultImageKitObservationConvention.DEFAULT_NAME).timers()).hasSize(5);
	}

	@Test
	void noTagHoldsARequestIdOrAFileId() {
		stub("file_id_1", 404);
		catchThrowable(() -> this.imageKit.files().get("file_id_1").block(Duration.ofSeconds(5)));

		assertThat(this.meters.getMeters()).isNotEmpty();
		for (Meter meter : this.meters.getMeters()) {
			assertThat(meter.getId().getTags()).extracting(Tag::getValue)
				.noneMatch((value) -> value.contains("req-") || value.contains("file_id_1"));
			assertThat(meter.getId().getTags()).extracting(Tag::getKey)
				.doesNotContain("imagekit.request.id", "imagekit.attempts");
		}
	}

	@Test
	void theClientSideRateLimiterIsCountedAsThrottled() {
		ExchangeDecorator refusing = new ExchangeDecorator() {

			@Override
			public <T> Mono<T> decorate(ImageKitCall call, Mono<T> next) {
				return Mono.error(new ImageKitRateLimitedLocallyException(call.operation().id(), 0, "refused", null));
			}

		};
		FileOperations files = FileClient.operations(new ImageKitExchange(WebClient.create(), URI.create(server.baseUrl()),
				URI.create(server.baseUrl()), "archive", refusing,
				new ObservationExchangeDecorator(this.observations, null)), null);

		catchThrowable(() -> files.get("abc").block(Duration.ofSeconds(5)));

		assertThat(this.meters.get(ImageKitMeterObservationHandler.THROTTLED)
			.tag("imagekit.operation", "files.get")
			.tag("imagekit.account", "archive")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.meters.get(ImageKitMeterObservationHandler.ERRORS)
			.tag("status", "CLIENT_ERROR")
			.tag("error.type", "throttled")
			.counter()
			.count()).isEqualTo(1);
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	private double errors(String status, String errorType) {
		return this.meters.get(ImageKitMeterObservationHandler.ERRORS)
			.tag("imagekit.operation", "files.get")
			.tag("imagekit.account", "default")
			.tag("status", status)
			.tag("error.type", errorType)
			.counter()
			.count();
	}

	private static void stub(String fileId, int status) {
		server.stubFor(get("/v1/files/" + fileId + "/details")
			.willReturn(aResponse().withStatus(status).withHeader("x-ik-requestId", "req-" + fileId)));
	}

	/** Stands in for the resilience module's exception, which is matched by its simple name. */
}
