package io.github.imagekitspring.observation;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.errors.UnreadableResponseException;
import io.github.imagekitspring.internal.client.FileClient;
import io.github.imagekitspring.files.FileOperations;
import io.github.imagekitspring.internal.http.ExchangeDecorator;
import io.github.imagekitspring.internal.http.ImageKitCall;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.internal.observation.ObservationExchangeDecorator;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ImageKitObservationTests {

	private static final String NAME = DefaultImageKitObservationConvention.DEFAULT_NAME;

	private static final String FILE_JSON = "{\"fileId\":\"abc\",\"type\":\"file\",\"name\":\"a.jpg\"}";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey("private_test_key")
		.apiBaseUrl(server.baseUrl())
		.accountName("marketing")
		.responseTimeout(Duration.ofSeconds(2))
		.webClientBuilder(WebClient.builder().observationRegistry(this.registry))
		.observationRegistry(this.registry)
		// One attempt per call here, so each error class is observed as the server sent it.
		.resilience(ImageKitResilience.disabled())
		.build();

	@Test
	void aSuccessfulCallIsObservedWithEveryKey() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson(FILE_JSON).withHeader("x-ik-requestId", "req-1")));

		StepVerifier.create(this.imageKit.files().get("abc")).expectNextCount(1).verifyComplete();

		assertThat(this.registry).doesNotHaveAnyRemainingCurrentObservation()
			.hasNumberOfObservationsWithNameEqualTo(NAME, 1)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasBeenStarted()
			.hasBeenStopped()
			.hasContextualNameEqualTo("imagekit files.get")
			.hasLowCardinalityKeyValue("imagekit.operation", "files.get")
			.hasLowCardinalityKeyValue("method", "GET")
			.hasLowCardinalityKeyValue("status", "200")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("exception", "none")
			.hasLowCardinalityKeyValue("error.type", "none")
			.hasLowCardinalityKeyValue("imagekit.account", "marketing")
			.hasHighCardinalityKeyValue("imagekit.request.id", "req-1")
			.hasHighCardinalityKeyValue("imagekit.attempts", "1")
			.doesNotHaveError();
	}

	@ParameterizedTest
	@CsvSource({ "400, CLIENT_ERROR, BadRequestException, bad_request",
			"401, CLIENT_ERROR, UnauthorizedException, unauthorized",
			"404, CLIENT_ERROR, NotFoundException, not_found",
			"409, CLIENT_ERROR, ConflictException, conflict",
			"429, CLIENT_ERROR, RateLimitException, rate_limited",
			"500, SERVER_ERROR, ServerErrorException, server_error",
			"503, SERVER_ERROR, ServerErrorException, server_error",
			"302, UNKNOWN, UnexpectedStatusException, unexpected_status" })
	void aServiceErrorIsObservedWithItsStatusAndKind(int status, String outcome, String exception, String errorType) {
		server.stubFor(get("/v1/files/abc/details").willReturn(aResponse().withStatus(status)
			.withHeader("x-ik-requestId", "req-" + status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"no\"}")));

		StepVerifier.create(this.imageKit.files().get("abc")).expectError(ImageKitServiceException.class).verify();

		assertThat(this.registry).doesNotHaveAnyRemainingCurrentObservation()
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasBeenStopped()
			.hasError()
			.hasLowCardinalityKeyValue("status", String.valueOf(status))
			.hasLowCardinalityKeyValue("outcome", outcome)
			.hasLowCardinalityKeyValue("exception", exception)
			.hasLowCardinalityKeyValue("error.type", errorType)
			.hasLowCardinalityKeyValue("imagekit.operation", "files.get")
			.hasLowCardinalityKeyValue("imagekit.account", "marketing")
			.hasHighCardinalityKeyValue("imagekit.request.id", "req-" + status)
			.hasHighCardinalityKeyValue("imagekit.attempts", "1");
	}

	@Test
	void aTransportFailureIsAnIoError() {
		server.stubFor(get("/v1/files/abc/details").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		StepVerifier.create(this.imageKit.files().get("abc")).expectError().verify();

		assertThat(this.registry).hasObservationWithNameEqualTo(NAME)
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("status", "IO_ERROR")
			.hasLowCardinalityKeyValue("outcome", "UNKNOWN")
			.hasLowCardinalityKeyValue("exception", "ImageKitIoException")
			.hasLowCardinalityKeyValue("error.type", "transport")
			.hasHighCardinalityKeyValue("imagekit.request.id", "none");
	}

	@Test
	void anUnreadableSuccessIsNotASuccess() {
		server.stubFor(get("/v1/files/abc/details")
			.willReturn(okJson("{\"fileId\":").withHeader("x-ik-requestId", "req-broken")));

		StepVerifier.create(this.imageKit.files().get("abc")).expectError().verify();

		assertThat(this.registry).hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("status", "200")
			.hasLowCardinalityKeyValue("outcome", "UNKNOWN")
			.hasLowCardinalityKeyValue("exception", "UnreadableResponseException")
			.hasLowCardinalityKeyValue("error.type", "unreadable_response")
			.hasHighCardinalityKeyValue("imagekit.request.id", "req-broken");
	}

	@ParameterizedTest
	@CsvSource(value = { "200, null", "200, ''", "204, ''", "201, ' '" }, quoteCharacter = '\'')
	void aSuccessWithoutTheBodyItOwesIsNotASuccess(int status, String body) {
		server.stubFor(get("/v1/files/abc/details").willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-ik-requestId", "req-empty")
			.withBody(body)));

		StepVerifier.create(this.imageKit.files().withResponse().get("abc"))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(UnreadableResponseException.class).hasMessageContaining("no body");
				assertThat(((UnreadableResponseException) ex).statusCode()).isEqualTo(status);
				assertThat(((UnreadableResponseException) ex).requestId()).isEqualTo("req-empty");
			})
			.verify(Duration.ofSeconds(10));

		assertThat(this.registry).hasObservationWithNameEqualTo(NAME)
			.that()
			.hasError()
			.hasLowCardinalityKeyValue("status", String.valueOf(status))
			.hasLowCardinalityKeyValue("outcome", "UNKNOWN")
			.hasLowCardinalityKeyValue("exception", "UnreadableResponseException")
			.hasLowCardinalityKeyValue("error.type", "unreadable_response")
			.hasHighCardinalityKeyValue("imagekit.request.id", "req-empty");
	}

	@Test
	void webClientRequestsAreChildrenOfTheImageKitObservation() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson(FILE_JSON)));

		this.imageKit.files().get("abc").block(Duration.ofSeconds(5));

		assertThat(this.registry).hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasBeenStopped()
			.hasParentObservationContextMatching((parent) -> parent instanceof ImageKitObservationContext
					&& parent.getName().equals(NAME));
		assertThat(this.registry).hasObservationWithNameEqualTo(NAME).that().doesNotHaveParentObservation();
	}

	@Test
	void anObservationInTheReactorContextIsTheParent() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson(FILE_JSON)));
		Observation outer = Observation.start("outer", this.registry);

		this.imageKit.files()
			.get("abc")
			.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, outer))
			.block(Duration.ofSeconds(5));
		outer.stop();

		assertThat(this.registry).hasObservationWithNameEqualTo(NAME).that().hasParentObservationEqualTo(outer);
	}

	@Test
	void aCancelledCallIsStopped() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson(FILE_JSON).withFixedDelay(1500)));

		StepVerifier.create(this.imageKit.files().get("abc").timeout(Duration.ofMillis(200)))
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(5));

		assertThat(this.registry).doesNotHaveAnyRemainingCurrentObservation()
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasBeenStopped()
			.doesNotHaveError()
			.hasLowCardinalityKeyValue("status", "NONE")
			.hasLowCardinalityKeyValue("outcome", "UNKNOWN")
			.hasLowCardinalityKeyValue("error.type", "cancelled")
			.hasHighCardinalityKeyValue("imagekit.attempts", "1");
	}

	@Test
	void aRetriedCallIsOneObservationWithItsAttemptsAndAChildPerAttempt() {
		server.stubFor(get("/v1/files/abc/details").inScenario("retry")
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		server.stubFor(get("/v1/files/abc/details").inScenario("retry")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}").withHeader("x-ik-requestId", "req-ok")));
		ImageKitOperations retrying = ImageKitClient.builder()
			.privateKey("private_test_key")
			.apiBaseUrl(server.baseUrl())
			.webClientBuilder(WebClient.builder().observationRegistry(this.registry))
			.observationRegistry(this.registry)
			.resilience(ImageKitResilience.builder().initialBackoff(Duration.ofMillis(10)).build())
			.build();

		StepVerifier.create(retrying.files().get("abc")).expectNextCount(1).verifyComplete();

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(NAME, 1)
			.hasNumberOfObservationsWithNameEqualTo("http.client.requests", 2)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("status", "200")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasHighCardinalityKeyValue("imagekit.attempts", "2")
			.hasHighCardinalityKeyValue("imagekit.request.id", "req-ok");
	}

	@Test
	void theAttemptsKeyIsTheCallsAttemptCount() {
		server.stubFor(get("/v1/files/abc/details").willReturn(aResponse().withStatus(500)));
		AtomicReference<ImageKitCall> seen = new AtomicReference<>();
		ExchangeDecorator capturing = new ExchangeDecorator() {

			@Override
			public <T> Mono<T> decorate(ImageKitCall call, Mono<T> next) {
				seen.set(call);
				return next;
			}

		};
		FileOperations files = FileClient.operations(new ImageKitExchange(WebClient.create(), URI.create(server.baseUrl()),
				URI.create(server.baseUrl()), "default", capturing,
				new ObservationExchangeDecorator(this.registry, null)), null);

		StepVerifier.create(files.get("abc")).expectError().verify();

		assertThat(seen.get()).isNotNull();
		assertThat(this.registry).hasObservationWithNameEqualTo(NAME)
			.that()
			.hasHighCardinalityKeyValue("imagekit.attempts", String.valueOf(seen.get().attempts()));
	}

	@Test
	void aCustomConventionNamesAndTagsTheObservation() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson(FILE_JSON)));
		ImageKitOperations custom = ImageKitClient.builder()
			.privateKey("private_test_key")
			.apiBaseUrl(server.baseUrl())
			.observationRegistry(this.registry)
			.observationConvention(new DefaultImageKitObservationConvention("media.calls") {

				@Override
				protected KeyValue account(ImageKitObservationContext context) {
					return KeyValue.of("imagekit.account", "hidden");
				}

			})
			.build();

		custom.files().get("abc").block(Duration.ofSeconds(5));

		assertThat(this.registry).hasObservationWithNameEqualTo("media.calls")
			.that()
			.hasLowCardinalityKeyValue("imagekit.account", "hidden")
			.hasLowCardinalityKeyValue("status", "200");
	}

	@Test
	void withoutARegistryCallsStillWork() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson(FILE_JSON)));
		ImageKitOperations plain = ImageKitClient.builder()
			.privateKey("private_test_key")
			.apiBaseUrl(server.baseUrl())
			.build();

		StepVerifier.create(plain.files().get("abc")).expectNextCount(1).verifyComplete();
	}

}
