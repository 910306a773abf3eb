package io.github.imagekitspring.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.jspecify.annotations.Nullable;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitException;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.ImageKitCallTimeoutException;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.errors.LockedException;
import io.github.imagekitspring.errors.RateLimitException;
import io.github.imagekitspring.errors.ResponseTooLargeException;
import io.github.imagekitspring.errors.ServerErrorException;
import io.github.imagekitspring.errors.UnreadableResponseException;
import io.github.imagekitspring.folders.CopyFolderRequest;
import io.github.imagekitspring.observation.DefaultImageKitObservationConvention;
import io.github.imagekitspring.observation.ImageKitErrorTypes;
import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault a server or network can throw at a call, against each kind of request, through the public client. The
 * expected outcome of each cell is written in {@link #matrix()}; every call ends within its deadline, and the server
 * side counts how many requests each call really sent, so a non-idempotent write is proven to be sent exactly once.
 */
class FaultMatrixTests {

	/** The deadline of every call in the matrix; each cell must end well within it. */
	private static final Duration CALL_TIMEOUT = Duration.ofMillis(1000);

	private static final int MAX_ATTEMPTS = 4;

	private static final String REQUEST_ID = "req-fault-matrix";

	/** The per-attempt response timeout of the cell whose one attempt stalls past it. */
	private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(300);

	private static final DataSize MAX_RESPONSE_SIZE = DataSize.ofKilobytes(64);

	private static final String OBSERVATION = DefaultImageKitObservationConvention.DEFAULT_NAME;

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	/** The four kinds of request, each with its endpoint, the body of its success and the call. */
	enum Kind {

		READ("GET /v1/files/{fileId}/details", () -> get("/v1/files/abc/details"),
				"{\"fileId\":\"abc\",\"type\":\"file\"}", (imageKit) -> imageKit.files().get("abc")),

		IDEMPOTENT_WRITE("POST /v1/files/addTags", () -> post("/v1/files/addTags"),
				"{\"successfullyUpdatedFileIds\":[\"abc\"]}",
				(imageKit) -> imageKit.files().addTags(List.of("abc"), List.of("sale"))),

		NON_IDEMPOTENT_WRITE("POST /v1/bulkJobs/copyFolder", () -> post("/v1/bulkJobs/copyFolder"),
				"{\"jobId\":\"job-1\"}", (imageKit) -> imageKit.folders().copy(CopyFolderRequest.of("/a", "/b"))),

		UPLOAD("POST /api/v1/files/upload (useUniqueFileName default)", () -> post("/api/v1/files/upload"),
				"{\"fileId\":\"f1\",\"name\":\"a_x1.jpg\",\"filePath\":\"/a_x1.jpg\",\"fileType\":\"image\"}",
				(imageKit) -> imageKit.uploads()
					.upload(UploadSource.of(new byte[] { 1, 2, 3 }), UploadRequest.builder("a.jpg").build()));

		final String endpoint;

		final Supplier<MappingBuilder> request;

		final String okBody;

		final Function<ImageKitOperations, Mono<?>> call;

		Kind(String endpoint, Supplier<MappingBuilder> request, String okBody,
				Function<ImageKitOperations, Mono<?>> call) {
			this.endpoint = endpoint;
			this.request = request;
			this.okBody = okBody;
			this.call = call;
		}

	}

	/** How a fault is put in front of the client. */
	enum FaultKind {

		CONNECTION_REFUSED, CONNECTION_RESET, RESET_MID_RESPONSE, EMPTY_REPLY, MALFORMED_CHUNKED_BODY,
		GARBAGE_INSTEAD_OF_HTTP, GARBAGE_JSON, TRUNCATED_JSON, WRONG_SHAPE, OVERSIZED_BODY, NULL_BODY, EMPTY_BODY,
		STALL_PAST_DEADLINE, ONE_ATTEMPT_PAST_RESPONSE_TIMEOUT, STATUS_500_BURST,
		STATUS_502_BURST, STATUS_503_BURST, STATUS_504_BURST, STATUS_503_STORM, RATE_LIMIT_STORM_WITH_HEADERS,
		RATE_LIMIT_STORM_WITHOUT_HEADERS, RATE_LIMIT_STORM_PAST_MAX_ATTEMPTS, LOCKED_BURST

	}

	/** A success after this many requests, or this exception after this many requests. */
	record Expected(@Nullable Class<? extends Throwable> error, int requests) {

		@Override
		public String toString() {
			return ((this.error != null) ? this.error.getSimpleName() : "success") + " after " + this.requests
					+ ((this.requests == 1) ? " request" : " requests");
		}

	}

	private static Expected ok(int requests) {
		return new Expected(null, requests);
	}

	private static Expected fails(Class<? extends Throwable> error, int requests) {
		return new Expected(error, requests);
	}

	/**
	 * THE matrix: fault, then the outcome for a read, an idempotent write, a non-idempotent write and an upload
	 * ({@code useUniqueFileName} left to its default, so not safe to repeat). A "burst" is two faults then success; a
	 * "storm" never ends (or, for 429, lasts three answers). Reads and idempotent writes retry transport failures,
	 * 5xx and 423; non-idempotent writes never send twice after the server may have acted; a 429 is a refusal, so
	 * it is retried for everything but a multipart body.
	 */
	static Stream<Arguments> matrix() {
		List<Arguments> cells = new ArrayList<>();
		// fault                                    read                       idempotent write           non-idempotent write       upload
		row(cells, FaultKind.CONNECTION_REFUSED, fails(ImageKitIoException.class, 4), fails(ImageKitIoException.class, 4), fails(ImageKitIoException.class, 1), fails(ImageKitIoException.class, 1));
		row(cells, FaultKind.CONNECTION_RESET, ok(3), ok(3), fails(ImageKitIoException.class, 1), fails(ImageKitIoException.class, 1));
		row(cells, FaultKind.RESET_MID_RESPONSE, ok(3), ok(3), fails(ImageKitIoException.class, 1), fails(ImageKitIoException.class, 1));
		row(cells, FaultKind.EMPTY_REPLY, ok(3), ok(3), fails(ImageKitIoException.class, 1), fails(ImageKitIoException.class, 1));
		row(cells, FaultKind.MALFORMED_CHUNKED_BODY, ok(3), ok(3), fails(ImageKitIoException.class, 1), fails(ImageKitIoException.class, 1));
		row(cells, FaultKind.GARBAGE_INSTEAD_OF_HTTP, ok(3), ok(3), fails(ImageKitIoException.class, 1), fails(ImageKitIoException.class, 1));
		row(cells, FaultKind.GARBAGE_JSON, fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1));
		row(cells, FaultKind.TRUNCATED_JSON, fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1));
		row(cells, FaultKind.WRONG_SHAPE, fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1));
		row(cells, FaultKind.OVERSIZED_BODY, fails(ResponseTooLargeException.class, 1), fails(ResponseTooLargeException.class, 1), fails(ResponseTooLargeException.class, 1), fails(ResponseTooLargeException.class, 1));
		row(cells, FaultKind.NULL_BODY, fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1));
		row(cells, FaultKind.EMPTY_BODY, fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1), fails(UnreadableResponseException.class, 1));
		row(cells, FaultKind.ONE_ATTEMPT_PAST_RESPONSE_TIMEOUT, ok(2), ok(2), fails(ImageKitIoException.class, 1), fails(ImageKitIoException.class, 1));
		row(cells, FaultKind.STALL_PAST_DEADLINE, fails(ImageKitCallTimeoutException.class, 1), fails(ImageKitCallTimeoutException.class, 1), fails(ImageKitCallTimeoutException.class, 1), fails(ImageKitCallTimeoutException.class, 1));
		row(cells, FaultKind.STATUS_500_BURST, ok(3), ok(3), fails(ServerErrorException.class, 1), fails(ServerErrorException.class, 1));
		row(cells, FaultKind.STATUS_502_BURST, ok(3), ok(3), fails(ServerErrorException.class, 1), fails(ServerErrorException.class, 1));
		row(cells, FaultKind.STATUS_503_BURST, ok(3), ok(3), fails(ServerErrorException.class, 1), fails(ServerErrorException.class, 1));
		row(cells, FaultKind.STATUS_504_BURST, ok(3), ok(3), fails(ServerErrorException.class, 1), fails(ServerErrorException.class, 1));
		row(cells, FaultKind.STATUS_503_STORM, fails(ServerErrorException.class, 4), fails(ServerErrorException.class, 4), fails(ServerErrorException.class, 1), fails(ServerErrorException.class, 1));
		row(cells, FaultKind.RATE_LIMIT_STORM_WITH_HEADERS, ok(4), ok(4), ok(4), fails(RateLimitException.class, 1));
		row(cells, FaultKind.RATE_LIMIT_STORM_WITHOUT_HEADERS, ok(4), ok(4), ok(4), fails(RateLimitException.class, 1));
		row(cells, FaultKind.RATE_LIMIT_STORM_PAST_MAX_ATTEMPTS, fails(RateLimitException.class, 4), fails(RateLimitException.class, 4), fails(RateLimitException.class, 4), fails(RateLimitException.class, 1));
		row(cells, FaultKind.LOCKED_BURST, ok(3), ok(3), fails(LockedException.class, 1), fails(LockedException.class, 1));
		return cells.stream();
	}

	private static void row(List<Arguments> cells, FaultKind fault, Expected read, Expected idempotentWrite,
			Expected nonIdempotentWrite, Expected upload) {
		cells.add(Arguments.of(fault, Kind.READ, read));
		cells.add(Arguments.of(fault, Kind.IDEMPOTENT_WRITE, idempotentWrite));
		cells.add(Arguments.of(fault, Kind.NON_IDEMPOTENT_WRITE, nonIdempotentWrite));
		cells.add(Arguments.of(fault, Kind.UPLOAD, upload));
	}

	/** Loads the client's and WireMock's classes, so that no cell pays for them against its deadline. */
	@BeforeAll
	static void warmUp() {
		ImageKitOperations imageKit = client(server.baseUrl(), Duration.ofSeconds(60));
		for (Kind kind : Kind.values()) {
			server.stubFor(kind.request.get().willReturn(json(200, kind.okBody)));
			kind.call.apply(imageKit).block(Duration.ofSeconds(30));
		}
		server.resetAll();
	}

	@ParameterizedTest(name = "{0} x {1} -> {2}")
	@MethodSource("matrix")
	void eachFaultEndsAsTheMatrixSays(FaultKind fault, Kind kind, Expected expected) throws IOException {
		server.resetAll();
		try (Staged staged = stage(fault, kind)) {
			TestObservationRegistry observations = TestObservationRegistry.create();
			Duration responseTimeout = (fault == FaultKind.ONE_ATTEMPT_PAST_RESPONSE_TIMEOUT) ? ATTEMPT_TIMEOUT
					: Duration.ofSeconds(5);
			ImageKitOperations imageKit = client(staged.baseUrl(), CALL_TIMEOUT, responseTimeout, observations);
			long start = System.nanoTime();
			StepVerifier.Step<?> step = StepVerifier.create(kind.call.apply(imageKit));
			if (expected.error() == null) {
				step.expectNextCount(1).expectComplete().verify(CALL_TIMEOUT.plusSeconds(3));
			}
			else {
				step.expectErrorSatisfies((ex) -> assertFailure(fault, ex, expected))
					.verify(CALL_TIMEOUT.plusSeconds(3));
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CALL_TIMEOUT.plusMillis(500));
			if (staged.requests() >= 0) {
				assertThat(staged.requests()).as("requests the server received").isEqualTo(expected.requests());
			}
			assertObserved(observations, expected);
		}
	}

	/** The observation (so the metrics and the log line) tells what the caller saw, with the attempts made. */
	private static void assertObserved(TestObservationRegistry observations, Expected expected) {
		TestObservationRegistryAssert.assertThat(observations)
			.hasNumberOfObservationsWithNameEqualTo(OBSERVATION, 1)
			.hasObservationWithNameEqualTo(OBSERVATION)
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("exception",
					(expected.error() != null) ? expected.error().getSimpleName() : "none")
			.hasLowCardinalityKeyValue("error.type", errorType(expected))
			.hasHighCardinalityKeyValue("imagekit.attempts", String.valueOf(expected.requests()));
	}

	private static String errorType(Expected expected) {
		if (expected.error() == null) {
			return ImageKitErrorTypes.NONE;
		}
		if (expected.error() == ResponseTooLargeException.class) {
			return ImageKitErrorTypes.RESPONSE_TOO_LARGE;
		}
		if (expected.error() == UnreadableResponseException.class) {
			return ImageKitErrorTypes.UNREADABLE_RESPONSE;
		}
		if (ImageKitIoException.class.isAssignableFrom(expected.error())) {
			return ImageKitErrorTypes.TRANSPORT;
		}
		return switch (expected.error().getSimpleName()) {
			case "LockedException" -> ImageKitErrorTypes.LOCKED;
			case "RateLimitException" -> ImageKitErrorTypes.RATE_LIMITED;
			default -> ImageKitErrorTypes.SERVER_ERROR;
		};
	}

	/**
	 * An upload cancelled while its body is on its way: the call ends as cancelled, after one attempt, and the
	 * source is cancelled too, so nothing is left reading it.
	 */
	@Test
	void anUploadCancelledInTheMiddleOfItsBodyIsObservedAsCancelled() {
		server.resetAll();
		server.stubFor(post("/api/v1/files/upload").willReturn(json(200, Kind.UPLOAD.okBody)));
		TestObservationRegistry observations = TestObservationRegistry.create();
		ImageKitOperations imageKit = client(server.baseUrl(), Duration.ofSeconds(30), Duration.ofSeconds(30),
				observations);
		Sinks.One<Boolean> sourceCancelled = Sinks.one();
		Sinks.One<Boolean> firstChunkSent = Sinks.one();
		// One chunk, then a source that never ends: the body is half sent when the subscriber cancels.
		Flux<DataBuffer> content = Flux
			.concat(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(new byte[8192]))
				.doOnComplete(() -> firstChunkSent.tryEmitValue(true)), Flux.<DataBuffer>never())
			.doOnCancel(() -> sourceCancelled.tryEmitValue(true));

		Disposable upload = imageKit.uploads()
			.upload(UploadSource.fromPublisher(content), UploadRequest.builder("a.jpg").build())
			.subscribe();
		assertThat(firstChunkSent.asMono().block(Duration.ofSeconds(30))).isTrue();
		upload.dispose();

		assertThat(sourceCancelled.asMono().block(Duration.ofSeconds(30))).isTrue();
		TestObservationRegistryAssert.assertThat(observations)
			.hasObservationWithNameEqualTo(OBSERVATION)
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("error.type", ImageKitErrorTypes.CANCELLED)
			.hasHighCardinalityKeyValue("imagekit.attempts", "1");
		assertThat(server.getAllServeEvents()).as("requests answered").isEmpty();
	}

	private static void assertFailure(FaultKind fault, Throwable ex, Expected expected) {
		assertThat(ex).isExactlyInstanceOf(expected.error());
		if (ex instanceof ImageKitServiceException service) {
			assertThat(service.requestId()).isEqualTo(REQUEST_ID);
			assertThat(service.attempts()).isEqualTo(expected.requests());
		}
		if (ex instanceof UnreadableResponseException unreadable) {
			assertThat(unreadable.statusCode()).isEqualTo(200);
			assertThat(unreadable.requestId()).isEqualTo(REQUEST_ID);
		}
		if (ex instanceof ImageKitIoException io && fault != FaultKind.STALL_PAST_DEADLINE) {
			assertThat(io.attempts()).isEqualTo(expected.requests());
		}
		assertThat(ex).isInstanceOf(ImageKitException.class);
	}

	private static ImageKitOperations client(String baseUrl, Duration callTimeout) {
		return client(baseUrl, callTimeout, Duration.ofSeconds(5), ObservationRegistry.NOOP);
	}

	private static ImageKitOperations client(String baseUrl, Duration callTimeout, Duration responseTimeout,
			ObservationRegistry observations) {
		ImageKitResilience resilience = ImageKitResilience.builder()
			.maxAttempts(MAX_ATTEMPTS)
			.initialBackoff(Duration.ofMillis(10))
			.maxBackoff(Duration.ofMillis(40))
			.callTimeout(callTimeout)
			// A 429 without headers drains the limiter's cycle: the next attempt waits for the next one.
			.limitRefreshPeriod(Duration.ofMillis(50))
			.build();
		return ImageKitClient.builder()
			.privateKey("private_test_key_123")
			.apiBaseUrl(baseUrl)
			.uploadBaseUrl(baseUrl)
			.connectTimeout(Duration.ofMillis(500))
			.responseTimeout(responseTimeout)
			.maxResponseSize(MAX_RESPONSE_SIZE)
			.observationRegistry(observations)
			.resilience(resilience)
			.build();
	}

	/** The server side of one cell: where the client points, and how many requests arrived (-1: nobody counts). */
	private interface Staged extends AutoCloseable {

		String baseUrl();

		int requests();

		@Override
		void close() throws IOException;

	}

	private static Staged stage(FaultKind fault, Kind kind) throws IOException {
		switch (fault) {
			case CONNECTION_REFUSED:
				return refused();
			case RESET_MID_RESPONSE:
				return raw(new RawHttpServer(RawHttpServer.RawFault.RESET_MID_RESPONSE, 2, kind.okBody));
			case MALFORMED_CHUNKED_BODY:
				return raw(new RawHttpServer(RawHttpServer.RawFault.MALFORMED_CHUNK, 2, kind.okBody));
			case CONNECTION_RESET:
				return wireMock(kind, 2, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
			case EMPTY_REPLY:
				return wireMock(kind, 2, aResponse().withFault(Fault.EMPTY_RESPONSE));
			case GARBAGE_INSTEAD_OF_HTTP:
				return wireMock(kind, 2, aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
			case GARBAGE_JSON:
				return wireMock(kind, Integer.MAX_VALUE, json(200, "<html>Service Unavailable</html>"));
			case TRUNCATED_JSON:
				return wireMock(kind, Integer.MAX_VALUE, json(200, kind.okBody.substring(0, kind.okBody.length() / 2)));
			case WRONG_SHAPE:
				return wireMock(kind, Integer.MAX_VALUE, json(200, "[\"not\",\"an\",\"object\"]"));
			case OVERSIZED_BODY:
				return wireMock(kind, Integer.MAX_VALUE, json(200, "{\"name\":\"" + "x".repeat(
						Math.toIntExact(MAX_RESPONSE_SIZE.toBytes())) + "\"}"));
			case NULL_BODY:
				return wireMock(kind, Integer.MAX_VALUE, json(200, "null"));
			case EMPTY_BODY:
				return wireMock(kind, Integer.MAX_VALUE, json(200, ""));
			case ONE_ATTEMPT_PAST_RESPONSE_TIMEOUT:
				return wireMock(kind, 1, json(200, kind.okBody).withFixedDelay((int) ATTEMPT_TIMEOUT.toMillis() + 300));
			case STALL_PAST_DEADLINE:
				return wireMock(kind, Integer.MAX_VALUE,
						json(200, kind.okBody).withFixedDelay((int) CALL_TIMEOUT.toMillis() + 1000));
			case STATUS_500_BURST:
				return wireMock(kind, 2, json(500, "{\"message\":\"Internal error\"}"));
			case STATUS_502_BURST:
				return wireMock(kind, 2, json(502, "<html>Bad gateway</html>"));
			case STATUS_503_BURST:
				return wireMock(kind, 2, json(503, "{\"message\":\"Unavailable\"}"));
			case STATUS_504_BURST:
				return wireMock(kind, 2, json(504, ""));
			case STATUS_503_STORM:
				return wireMock(kind, Integer.MAX_VALUE, json(503, "{\"message\":\"Unavailable\"}"));
			case RATE_LIMIT_STORM_WITH_HEADERS:
				return wireMock(kind, 3, rateLimited(true));
			case RATE_LIMIT_STORM_WITHOUT_HEADERS:
				return wireMock(kind, 3, rateLimited(false));
			case RATE_LIMIT_STORM_PAST_MAX_ATTEMPTS:
				return wireMock(kind, Integer.MAX_VALUE, rateLimited(true));
			case LOCKED_BURST:
				return wireMock(kind, 2, json(423, "{\"message\":\"Folder locked by a bulk job\"}"));
			default:
				throw new IllegalStateException(fault.name());
		}
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-ik-requestId", REQUEST_ID)
			.withBody(body);
	}

	private static ResponseDefinitionBuilder rateLimited(boolean withHeaders) {
		ResponseDefinitionBuilder response = json(429, "{\"message\":\"Too many requests\"}");
		if (withHeaders) {
			response.withHeader(RateLimitException.LIMIT_HEADER, "100")
				.withHeader(RateLimitException.RESET_HEADER, "20")
				.withHeader(RateLimitException.INTERVAL_HEADER, "50");
		}
		return response;
	}

	/** {@code faults} answers with the fault, then the kind's success for good ({@code MAX_VALUE}: never). */
	private static Staged wireMock(Kind kind, int faults, ResponseDefinitionBuilder fault) {
		if (faults == Integer.MAX_VALUE) {
			server.stubFor(kind.request.get().willReturn(fault));
		}
		else {
			for (int i = 0; i < faults; i++) {
				server.stubFor(kind.request.get()
					.inScenario("faults")
					.whenScenarioStateIs((i == 0) ? Scenario.STARTED : "fault-" + i)
					.willReturn(fault)
					.willSetStateTo("fault-" + (i + 1)));
			}
			server.stubFor(kind.request.get()
				.inScenario("faults")
				.whenScenarioStateIs("fault-" + faults)
				.willReturn(json(200, kind.okBody)));
		}
		return new Staged() {

			@Override
			public String baseUrl() {
				return server.baseUrl();
			}

			@Override
			public int requests() {
				return server.getAllServeEvents().size();
			}

			@Override
			public void close() {
			}

		};
	}

	private static Staged raw(RawHttpServer raw) {
		return new Staged() {

			@Override
			public String baseUrl() {
				return raw.baseUrl();
			}

			@Override
			public int requests() {
				return raw.requests();
			}

			@Override
			public void close() throws IOException {
				raw.close();
			}

		};
	}

	/** A loopback port that was just free: nothing listens, so connecting is refused. */
	private static Staged refused() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		String baseUrl = "http://127.0.0.1:" + port;
		return new Staged() {

			@Override
			public String baseUrl() {
				return baseUrl;
			}

			@Override
			public int requests() {
				return -1;
			}

			@Override
			public void close() {
			}

		};
	}

}
