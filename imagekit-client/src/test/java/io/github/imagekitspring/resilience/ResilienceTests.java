package io.github.imagekitspring.resilience;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.ratelimiter.RateLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.errors.ConflictException;
import io.github.imagekitspring.errors.ImageKitCallTimeoutException;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.errors.ImageKitRateLimitedLocallyException;
import io.github.imagekitspring.errors.RateLimitException;
import io.github.imagekitspring.errors.ServerErrorException;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.UpdateFileRequest;
import io.github.imagekitspring.internal.http.ExchangeDecorator;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.ImageKitRequest;

import org.springframework.http.HttpEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retry and rate limiting through the public client, against WireMock. Waits run on a virtual-time scheduler (the
 * retries' and limiters' {@code Mono.delay} and the limiters' clock), so no test waits out a reset for real; the
 * tests only poll until the real HTTP exchanges in between have happened.
 */
class ResilienceTests {

	private static final String FILE = "{\"fileId\":\"abc\",\"type\":\"file\"}";

	private static final String GET_PATH = "/v1/files/abc/details";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private VirtualTimeScheduler scheduler;

	private long timersBefore;

	/** Virtual time, in ms, at which each request was sent. */
	private final List<Long> sentAt = Collections.synchronizedList(new ArrayList<>());

	@BeforeEach
	void virtualTime() {
		this.scheduler = VirtualTimeScheduler.getOrSet();
	}

	@AfterEach
	void realTime() {
		VirtualTimeScheduler.reset();
	}

	@Test
	void whenA429CarriesHeadersThenTheCallWaitsTheResetAndSucceeds() throws Exception {
		stubInSequence(() -> get(GET_PATH), rateLimited(5, 1500, 1000), okJson(FILE));
		ImageKitOperations imageKit = client(UnaryOperator.identity());

		CompletableFuture<FileDetails> result = start(imageKit.files().get("abc"));
		advanceAfterWait(1, Duration.ofMillis(2500));

		assertThat(result.get(5, TimeUnit.SECONDS).fileId()).isEqualTo("abc");
		assertThat(server.getAllServeEvents()).hasSize(2);
		// The reset, then somewhere in the next window of 1000 ms, in virtual time.
		assertThat(this.sentAt.get(1) - this.sentAt.get(0)).isBetween(1500L, 2500L);
	}

	@Test
	void whenTheResetIsLongerThanTheMaxWaitThenThe429FailsTheCallAtOnce() {
		server.stubFor(get(GET_PATH).willReturn(rateLimited(5, 5000, 60000)));
		ImageKitOperations imageKit = client((builder) -> builder.maxRateLimitWait(Duration.ofSeconds(1)));

		StepVerifier.create(imageKit.files().get("abc")).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(RateLimitException.class);
			assertThat(((RateLimitException) ex).attempts()).isEqualTo(1);
			assertThat(((RateLimitException) ex).reset()).isEqualTo(Duration.ofSeconds(5));
		}).verify(Duration.ofSeconds(5));
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void whenA429CarriesTheLimitThenABurstIsSpreadOverTheServersWindows() throws Exception {
		int limit = 3;
		long interval = 1000;
		long reset = 800;
		stubInSequence(() -> get(GET_PATH), rateLimited(limit, reset, interval), okJson(FILE));
		ImageKitOperations imageKit = client((builder) -> builder.maxRateLimitWait(Duration.ofMillis(100)));
		StepVerifier.create(imageKit.files().get("abc")).expectError(RateLimitException.class)
			.verify(Duration.ofSeconds(5));
		long refusedAt = this.sentAt.get(0);

		CompletableFuture<List<FileDetails>> burst = Flux.range(0, 3 * limit)
			.flatMap((i) -> imageKit.files().get("abc"), 3 * limit)
			.collectList()
			.toFuture();
		// Everyone waits for the server's window to end (waking within its first 50 ms), then the limiter lets L
		// through per interval.
		this.scheduler.advanceTimeBy(Duration.ofMillis(reset + 50));
		awaitRequests(1 + limit);
		this.scheduler.advanceTimeBy(Duration.ofMillis(interval));
		awaitRequests(1 + 2 * limit);
		this.scheduler.advanceTimeBy(Duration.ofMillis(interval));

		assertThat(burst.get(5, TimeUnit.SECONDS)).hasSize(3 * limit);
		assertThat(server.getAllServeEvents()).hasSize(1 + 3 * limit);
		List<Long> burstSentAt = this.sentAt.subList(1, this.sentAt.size());
		for (int window = 0; window < 3; window++) {
			long start = refusedAt + reset + window * interval;
			assertThat(burstSentAt).filteredOn((at) -> at >= start && at < start + interval)
				.as("requests in server window %d", window)
				.hasSize(limit);
		}
	}

	@Test
	void whenA409ComesBackThenItIsNotRetried() {
		server.stubFor(get(GET_PATH).willReturn(aResponse().withStatus(409)));
		ImageKitOperations imageKit = client(UnaryOperator.identity());

		StepVerifier.create(imageKit.files().get("abc"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(ConflictException.class,
					(conflict) -> assertThat(conflict.attempts()).isEqualTo(1)))
			.verify(Duration.ofSeconds(5));
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void whenAPostIsUnsafeToRepeatThenA5xxIsNotRetried() {
		server.stubFor(post("/v1/files/copy").willReturn(aResponse().withStatus(503)));
		ImageKitRequest copy = ImageKitRequest.of(ImageKitOperation.FILES_COPY)
			.jsonBody(Map.of("sourceFilePath", "/a.jpg", "destinationPath", "/b/"))
			.build();

		StepVerifier.create(exchange(UnaryOperator.identity()).exchange(copy))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(ServerErrorException.class,
					(error) -> assertThat(error.attempts()).isEqualTo(1)))
			.verify(Duration.ofSeconds(5));
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void whenAnUnsafeJsonRequestGetsA429ThenItIsRetriedBecauseNothingWasDone() throws Exception {
		stubInSequence(() -> patch(GET_PATH), rateLimited(5, 200, 1000), okJson(FILE));
		ImageKitOperations imageKit = client(UnaryOperator.identity());

		CompletableFuture<FileDetails> result = start(
				imageKit.files().update("abc", UpdateFileRequest.builder().tags(List.of("a")).build()));
		advanceAfterWait(1, Duration.ofMillis(1200));

		assertThat(result.get(5, TimeUnit.SECONDS).fileId()).isEqualTo("abc");
		assertThat(server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void whenAMultipartBodyIsNotSafeToRepeatThenEvenA429IsNotRetried() {
		server.stubFor(post("/api/v1/files/upload").willReturn(rateLimited(5, 200, 1000)));
		MultiValueMap<String, HttpEntity<?>> body = new LinkedMultiValueMap<>();
		body.add("fileName", new HttpEntity<>("a.jpg"));
		ImageKitRequest upload = ImageKitRequest.of(ImageKitOperation.FILES_UPLOAD)
			.multipartBody(body)
			.safeToRepeat(false)
			.build();

		StepVerifier.create(exchange(UnaryOperator.identity()).exchange(upload))
			.expectError(RateLimitException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void whenAGetFailsWith5xxThenItIsRetriedWithBackoff() throws Exception {
		stubInSequence(() -> get(GET_PATH), aResponse().withStatus(502), okJson(FILE));
		ImageKitOperations imageKit = client(UnaryOperator.identity());

		CompletableFuture<FileDetails> result = start(imageKit.files().get("abc"));
		advanceAfterWait(1, Duration.ofMillis(500));

		assertThat(result.get(5, TimeUnit.SECONDS).fileId()).isEqualTo("abc");
		assertThat(server.getAllServeEvents()).hasSize(2);
		// Initial backoff 500 ms, jittered down to no less than half.
		assertThat(this.sentAt.get(1) - this.sentAt.get(0)).isBetween(250L, 500L);
	}

	@Test
	void whenTheConnectionIsResetThenAGetIsRetried() throws Exception {
		stubInSequence(() -> get(GET_PATH), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(FILE));
		ImageKitOperations imageKit = client(UnaryOperator.identity());

		CompletableFuture<ImageKitResponse<FileDetails>> result = start(imageKit.files().withResponse().get("abc"));
		advanceAfterWait(1, Duration.ofMillis(500));

		assertThat(result.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void whenAFolderIsLockedThenASafeRequestIsRetried() throws Exception {
		stubInSequence(() -> get(GET_PATH), aResponse().withStatus(423), okJson(FILE));
		ImageKitOperations imageKit = client(UnaryOperator.identity());

		CompletableFuture<FileDetails> result = start(imageKit.files().get("abc"));
		advanceAfterWait(1, Duration.ofMillis(500));

		assertThat(result.get(5, TimeUnit.SECONDS).fileId()).isEqualTo("abc");
		assertThat(server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void whenLockedIsNotRetriedByConfigurationThenOneRequestIsSent() {
		server.stubFor(get(GET_PATH).willReturn(aResponse().withStatus(423)));
		ImageKitOperations imageKit = client((builder) -> builder.retryOnLocked(false));

		StepVerifier.create(imageKit.files().get("abc")).expectError().verify(Duration.ofSeconds(5));
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void whenEveryAttemptFailsThenTheFinalExceptionCountsThem() throws Exception {
		server.stubFor(get(GET_PATH).willReturn(aResponse().withStatus(500)));
		ImageKitOperations imageKit = client((builder) -> builder.maxAttempts(3));

		CompletableFuture<FileDetails> result = start(imageKit.files().get("abc"));
		advanceAfterWait(1, Duration.ofSeconds(1));
		advanceAfterWait(2, Duration.ofSeconds(1));

		assertThat(failure(result)).isInstanceOfSatisfying(ServerErrorException.class,
				(ex) -> assertThat(ex.attempts()).isEqualTo(3));
		assertThat(server.getAllServeEvents()).hasSize(3);
	}

	@Test
	void whenTransportFailuresExhaustTheAttemptsThenTheIoExceptionCountsThem() throws Exception {
		server.stubFor(get(GET_PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		ImageKitOperations imageKit = client((builder) -> builder.maxAttempts(2));

		CompletableFuture<FileDetails> result = start(imageKit.files().get("abc"));
		advanceAfterWait(1, Duration.ofSeconds(1));

		assertThat(failure(result)).isInstanceOfSatisfying(ImageKitIoException.class,
				(ex) -> assertThat(ex.attempts()).isEqualTo(2));
	}

	@Test
	void whenRetriesOutlastTheCallTimeoutThenTheCallFailsNamingTheOperation() throws Exception {
		server.stubFor(get(GET_PATH).willReturn(aResponse().withStatus(503)));
		ImageKitOperations imageKit = client((builder) -> builder.maxAttempts(100).callTimeout(Duration.ofSeconds(3)));

		CompletableFuture<FileDetails> result = start(imageKit.files().get("abc"));
		advanceAfterWait(1, Duration.ofSeconds(3));

		assertThat(failure(result)).isInstanceOf(ImageKitCallTimeoutException.class)
			.hasMessageContaining("files.get")
			.hasMessageContaining("PT3S");
	}

	@Test
	void whenNoPermitComesWithinTheTimeoutThenTheCallFailsLocallyWithoutBeingSent() {
		server.stubFor(get(GET_PATH).willReturn(okJson(FILE)));
		ImageKitOperations imageKit = client((builder) -> builder.startUnlimited(false)
			.limitForPeriod(1)
			.limitRefreshPeriod(Duration.ofSeconds(10))
			.timeout(Duration.ofSeconds(1)));

		StepVerifier.create(imageKit.files().get("abc")).expectNextCount(1).verifyComplete();
		StepVerifier.create(imageKit.files().get("abc"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ImageKitRateLimitedLocallyException.class)
				.hasMessageContaining("files.get")
				.hasMessageContaining("imagekit.default.files.get"))
			.verify(Duration.ofSeconds(5));
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void whenTwoWindowsAreDeclaredThenACallNeedsRoomInBoth() throws Exception {
		server.stubFor(get(GET_PATH).willReturn(okJson(FILE)));
		ImageKitOperations imageKit = client((builder) -> builder.endpointLimit("files.get",
				new ImageKitResilience.EndpointLimit(2, Duration.ofSeconds(1)),
				new ImageKitResilience.EndpointLimit(3, Duration.ofSeconds(10))));

		CompletableFuture<List<FileDetails>> calls = Flux.range(0, 6)
			.flatMap((i) -> imageKit.files().get("abc"), 6)
			.collectList()
			.toFuture();
		awaitRequests(2);
		// The second second has room for 2 in its window but only 1 in the 10 s window.
		this.scheduler.advanceTimeBy(Duration.ofMillis(1050));
		awaitRequests(3);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(8));
		this.scheduler.advanceTimeBy(Duration.ofMillis(1050));
		awaitRequests(5);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1050));

		assertThat(calls.get(5, TimeUnit.SECONDS)).hasSize(6);
		assertThat(this.sentAt).filteredOn((at) -> at < 1000).hasSize(2);
		assertThat(this.sentAt).filteredOn((at) -> at < 10000).hasSize(3);
		assertThat(this.sentAt).filteredOn((at) -> at >= 10000 && at < 11000).hasSize(2);
		assertThat(this.sentAt).filteredOn((at) -> at >= 11000 && at < 12000).hasSize(1);
	}

	@Test
	void whenA429NamesAnotherWindowThenTheFirstIsKeptAndBothAreLinedUpWithTheServer() throws Exception {
		ImageKitResilience resilience = ImageKitResilience.builder()
			.scheduler(this.scheduler)
			.maxRateLimitWait(Duration.ZERO)
			.build();
		ImageKitOperations imageKit = clientWith(resilience);

		// The 1 s window ends in 400 ms; at 500 ms the 10 s window (3 per 10 s) ends in 9 s.
		server.stubFor(get(GET_PATH).willReturn(rateLimited(2, 400, 1000)));
		StepVerifier.create(imageKit.files().get("abc")).expectError(RateLimitException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(limiter(resilience).getRateLimiterConfig().getLimitForPeriod()).isEqualTo(2);
		this.scheduler.advanceTimeBy(Duration.ofMillis(500));
		server.stubFor(get(GET_PATH).willReturn(rateLimited(3, 9000, 10000)));
		StepVerifier.create(imageKit.files().get("abc")).expectError(RateLimitException.class)
			.verify(Duration.ofSeconds(5));
		// The 10 s window did not replace the 1 s one.
		assertThat(limiter(resilience).getRateLimiterConfig().getLimitRefreshPeriod())
			.isEqualTo(Duration.ofSeconds(1));

		server.stubFor(get(GET_PATH).willReturn(okJson(FILE)));
		CompletableFuture<List<FileDetails>> calls = Flux.range(0, 4)
			.flatMap((i) -> imageKit.files().get("abc"), 4)
			.collectList()
			.toFuture();
		// Nothing goes while the 10 s window is spent, though the 1 s one has room.
		this.scheduler.advanceTimeBy(Duration.ofMillis(8900));
		assertThat(server.getAllServeEvents()).hasSize(2);
		this.scheduler.advanceTimeBy(Duration.ofMillis(200));
		awaitRequests(4);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		awaitRequests(5);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(10));

		assertThat(calls.get(5, TimeUnit.SECONDS)).hasSize(4);
		List<Long> okAt = this.sentAt.subList(2, 6);
		// The 10 s window starts at 9.5 s; the 1 s windows at 9.4 s, 10.4 s, ...: 2 fit in the first second,
		// the third in the next, the fourth only in the next 10 s window.
		assertThat(okAt).allSatisfy((at) -> assertThat(at).isGreaterThanOrEqualTo(9500L));
		assertThat(okAt).filteredOn((at) -> at < 10400).hasSize(2);
		assertThat(okAt).filteredOn((at) -> at < 19500).hasSize(3);
		assertThat(okAt.get(3)).isGreaterThanOrEqualTo(19500L);
	}

	@Test
	void whenTheLongerWindowWouldOpenJustBeforeTheShorterOneThenItOpensWithIt() throws Exception {
		ImageKitResilience resilience = ImageKitResilience.builder()
			.scheduler(this.scheduler)
			.maxRateLimitWait(Duration.ZERO)
			.build();
		ImageKitOperations imageKit = clientWith(resilience);

		// The 1 s window ends at 440 ms, 1440 ms, ...; the 10 s window at 10 420 ms by the second 429, read 20 ms
		// less late than the first: both run on the server's one clock, so the 10 s window ends at 10 440 ms too.
		server.stubFor(get(GET_PATH).willReturn(rateLimited(2, 440, 1000)));
		StepVerifier.create(imageKit.files().get("abc")).expectError(RateLimitException.class)
			.verify(Duration.ofSeconds(5));
		this.scheduler.advanceTimeBy(Duration.ofMillis(500));
		server.stubFor(get(GET_PATH).willReturn(rateLimited(20, 9920, 10000)));
		StepVerifier.create(imageKit.files().get("abc")).expectError(RateLimitException.class)
			.verify(Duration.ofSeconds(5));

		server.stubFor(get(GET_PATH).willReturn(okJson(FILE)));
		CompletableFuture<List<FileDetails>> calls = Flux.range(0, 4)
			.flatMap((i) -> imageKit.files().get("abc"), 4)
			.collectList()
			.toFuture();
		this.scheduler.advanceTimeBy(Duration.ofMillis(9930));
		// 10 430 ms: the 10 s window would have opened, in the 1 s window's old period.
		assertThat(server.getAllServeEvents()).hasSize(2);
		this.scheduler.advanceTimeBy(Duration.ofMillis(100));
		awaitRequests(4);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		awaitRequests(6);

		assertThat(calls.get(5, TimeUnit.SECONDS)).hasSize(4);
		List<Long> okAt = this.sentAt.subList(2, 6);
		assertThat(okAt).allSatisfy((at) -> assertThat(at).isGreaterThanOrEqualTo(10440L));
		assertThat(okAt).filteredOn((at) -> at < 11440).hasSize(2);
	}

	@Test
	void whenTheSharedStoreGivesNoAnswerThenEachInstanceTakesItsShareOfTheWindowsAnyInstanceLearned() throws Exception {
		server.stubFor(get(GET_PATH).willReturn(okJson(FILE)));
		// A store that gives one permit, then is away; it last saw four instances on the key, and a window of 8 per
		// second that another instance learned.
		AtomicInteger answers = new AtomicInteger();
		RateLimitStore away = new RateLimitStore() {

			@Override
			public Mono<Long> tryAcquire(String key, List<ImageKitResilience.EndpointLimit> windows) {
				return (answers.getAndIncrement() == 0) ? Mono.just(0L) : Mono.empty();
			}

			@Override
			public Mono<Void> spent(String key, ImageKitResilience.EndpointLimit window, Duration reset) {
				return Mono.empty();
			}

			@Override
			public List<ImageKitResilience.EndpointLimit> windows(String key) {
				return List.of(new ImageKitResilience.EndpointLimit(8, Duration.ofSeconds(1)));
			}

			@Override
			public int instances(String key) {
				return 4;
			}

		};
		ImageKitResilience resilience = ImageKitResilience.builder()
			.scheduler(this.scheduler)
			.rateLimitStore(away, (account) -> "public_key")
			.build();
		ImageKitOperations imageKit = clientWith(resilience);

		CompletableFuture<List<FileDetails>> calls = Flux.range(0, 4)
			.flatMap((i) -> imageKit.files().get("abc"), 4)
			.collectList()
			.toFuture();
		awaitRequests(2);
		this.scheduler.advanceTimeBy(Duration.ofMillis(900));
		// 8 per second shared by 4: the store's permit and one counted locally.
		assertThat(server.getAllServeEvents()).hasSize(2);
		this.scheduler.advanceTimeBy(Duration.ofMillis(200));
		awaitRequests(4);

		assertThat(calls.get(5, TimeUnit.SECONDS)).hasSize(4);
		assertThat(this.sentAt.subList(2, 4)).allSatisfy((at) -> assertThat(at).isGreaterThanOrEqualTo(1000L));
	}

	@Test
	void whenWaitingCallsAreCancelledThenTheyHoldNoPermitAndTheNextCallGoesAtTheNextFreeSlot() throws Exception {
		server.stubFor(get(GET_PATH).willReturn(okJson(FILE)));
		ImageKitResilience resilience = ImageKitResilience.builder()
			.scheduler(this.scheduler)
			.endpointLimit("files.get", new ImageKitResilience.EndpointLimit(5, Duration.ofSeconds(1)))
			.build();
		ImageKitOperations imageKit = clientWith(resilience);

		// Real requests on a cold client: a generous bound, which virtual time does not shorten.
		Flux.range(0, 5).flatMap((i) -> imageKit.files().get("abc")).blockLast(Duration.ofSeconds(30));
		long timers = this.scheduler.getScheduledTaskCount();
		List<reactor.core.Disposable> waiting = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			waiting.add(imageKit.files().get("abc").subscribe());
		}
		// Each has its deadline and its wait for the next window set.
		await().atMost(Duration.ofSeconds(5)).until(() -> this.scheduler.getScheduledTaskCount() >= timers + 200);
		assertThat(limiter(resilience).getMetrics().getNumberOfWaitingThreads()).isEqualTo(100);
		waiting.forEach(reactor.core.Disposable::dispose);
		assertThat(limiter(resilience).getMetrics().getNumberOfWaitingThreads()).isZero();

		CompletableFuture<FileDetails> next = start(imageKit.files().get("abc"));
		this.scheduler.advanceTimeBy(Duration.ofMillis(1050));

		assertThat(next.get(5, TimeUnit.SECONDS).fileId()).isEqualTo("abc");
		this.scheduler.advanceTimeBy(Duration.ofSeconds(5));
		assertThat(server.getAllServeEvents()).hasSize(6);
		assertThat(this.sentAt.get(5)).isBetween(1000L, 1050L);
		// The window holds the one call: the cancelled ones left their permits.
		assertThat(limiter(resilience).getMetrics().getAvailablePermissions()).isEqualTo(5);
	}

	@Test
	void whenWaitingCallsTimeOutThenTheyHoldNoPermit() throws Exception {
		server.stubFor(get(GET_PATH).willReturn(okJson(FILE)));
		ImageKitResilience resilience = ImageKitResilience.builder()
			.scheduler(this.scheduler)
			.callTimeout(Duration.ofMillis(500))
			.endpointLimit("files.get", new ImageKitResilience.EndpointLimit(5, Duration.ofSeconds(1)))
			.build();
		ImageKitOperations imageKit = clientWith(resilience);

		// Real requests on a cold client: a generous bound, which virtual time does not shorten.
		Flux.range(0, 5).flatMap((i) -> imageKit.files().get("abc")).blockLast(Duration.ofSeconds(30));
		long timers = this.scheduler.getScheduledTaskCount();
		CompletableFuture<List<Throwable>> timedOut = Flux.range(0, 100)
			.flatMap((i) -> imageKit.files().get("abc").then(Mono.<Throwable>empty()).onErrorResume(Mono::just), 100)
			.collectList()
			.toFuture();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.scheduler.getScheduledTaskCount() >= timers + 200);
		this.scheduler.advanceTimeBy(Duration.ofMillis(500));
		assertThat(timedOut.get(5, TimeUnit.SECONDS)).hasSize(100)
			.allSatisfy((ex) -> assertThat(ex).isInstanceOf(ImageKitCallTimeoutException.class));

		this.scheduler.advanceTimeBy(Duration.ofMillis(500));
		CompletableFuture<List<FileDetails>> next = Flux.range(0, 5)
			.flatMap((i) -> imageKit.files().get("abc"))
			.collectList()
			.toFuture();

		// The whole next window is free: five calls go in it.
		assertThat(next.get(5, TimeUnit.SECONDS)).hasSize(5);
		assertThat(server.getAllServeEvents()).hasSize(10);
		assertThat(this.sentAt.subList(5, 10)).allSatisfy((at) -> assertThat(at).isBetween(1000L, 1050L));
	}

	private static RateLimiter limiter(ImageKitResilience resilience) {
		return resilience.rateLimiter("default", ImageKitOperation.FILES_GET);
	}

	@Test
	void eachAccountAndEndpointHasItsOwnLimiterAndUploadsHaveNone() {
		ImageKitResilience resilience = ImageKitResilience.builder()
			.endpointLimit("files.list", new ImageKitResilience.EndpointLimit(7, Duration.ofSeconds(2)))
			.build();

		assertThat(resilience.rateLimiter("default", ImageKitOperation.FILES_GET).getName())
			.isEqualTo("imagekit.default.files.get");
		assertThat(resilience.rateLimiter("other", ImageKitOperation.FILES_GET).getName())
			.isEqualTo("imagekit.other.files.get");
		assertThat(resilience.rateLimiter("other", ImageKitOperation.FILES_GET).getTags())
			.containsEntry("client", "imagekit");
		assertThat(resilience.rateLimiter("default", ImageKitOperation.FILES_LIST).getRateLimiterConfig()
			.getLimitForPeriod()).isEqualTo(7);
		assertThat(resilience.rateLimiter("default", ImageKitOperation.FILES_UPLOAD)).isNull();
		assertThat(ImageKitResilience.disabled().rateLimiter("default", ImageKitOperation.FILES_GET)).isNull();
	}

	private ImageKitOperations client(UnaryOperator<ImageKitResilience.Builder> settings) {
		return clientWith(settings.apply(ImageKitResilience.builder().scheduler(this.scheduler)).build());
	}

	private ImageKitOperations clientWith(ImageKitResilience resilience) {
		return ImageKitClient.builder()
			.privateKey("private_test_key")
			.apiBaseUrl(server.baseUrl())
			.uploadBaseUrl(server.baseUrl())
			.responseTimeout(Duration.ofSeconds(2))
			// Virtual time is installed globally here: a background eviction timer of the pool would be counted
			// as one of the client's waits.
			.evictionInterval(Duration.ZERO)
			.resilience(resilience)
			.webClientCustomizer((builder) -> builder.filter((request, next) -> {
				this.sentAt.add(this.scheduler.now(TimeUnit.MILLISECONDS));
				return next.exchange(request);
			}))
			.build();
	}

	private ImageKitExchange exchange(UnaryOperator<ImageKitResilience.Builder> settings) {
		URI base = URI.create(server.baseUrl());
		return new ImageKitExchange(WebClient.create(), base, base, "default",
				settings.apply(ImageKitResilience.builder().scheduler(this.scheduler)).build(),
				ExchangeDecorator.NONE);
	}

	/** Waits (really) until the client has scheduled its next wait, then lets that much virtual time pass. */
	/** Starts a call, noting how many timers were scheduled before it. */
	private <T> CompletableFuture<T> start(Mono<T> call) {
		this.timersBefore = this.scheduler.getScheduledTaskCount();
		return call.toFuture();
	}

	/**
	 * Waits (really) until the call started last has scheduled its n-th wait (its deadline timer comes first), then
	 * lets virtual time pass.
	 */
	private void advanceAfterWait(int wait, Duration duration) {
		long total = this.timersBefore + 1 + wait;
		await().atMost(Duration.ofSeconds(5)).until(() -> this.scheduler.getScheduledTaskCount() >= total);
		this.scheduler.advanceTimeBy(duration);
	}

	private static void awaitRequests(int count) {
		await().atMost(Duration.ofSeconds(5)).until(() -> server.getAllServeEvents().size() >= count);
	}

	private static Throwable failure(CompletableFuture<?> result) throws Exception {
		try {
			result.get(5, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		throw new AssertionError("the call did not fail");
	}

	private static ResponseDefinitionBuilder rateLimited(int limit, long reset, long interval) {
		return aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader(RateLimitException.LIMIT_HEADER, String.valueOf(limit))
			.withHeader(RateLimitException.RESET_HEADER, String.valueOf(reset))
			.withHeader(RateLimitException.INTERVAL_HEADER, String.valueOf(interval))
			.withBody("{\"message\":\"Too many requests\"}");
	}

	/** The first response, then the second one for every later request. */
	private static void stubInSequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder first,
			ResponseDefinitionBuilder then) {
		String scenario = "sequence";
		server.stubFor(request.get()
			.inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(first)
			.willSetStateTo("later"));
		server.stubFor(request.get().inScenario(scenario).whenScenarioStateIs("later").willReturn(then));
	}

}
