package io.github.imagekitspring.ratelimit;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.redis.testcontainers.RedisContainer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.emulator.RateLimit;
import io.github.imagekitspring.emulator.RecordedRequest;
import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.autoconfigure.ImageKitRedisRateLimitAutoConfiguration;
import io.github.imagekitspring.resilience.redis.RedisRateLimitStore;
import io.github.imagekitspring.testsupport.RequiresDocker;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared rate-limit store against a real Redis in a container and the emulator's account-wide windows on file
 * details: two applications on one account share the windows of an emulator that counts both; Redis going away and
 * coming back mid-run; Redis stalling.
 */
@RequiresDocker
@Testcontainers
@ExtendWith(OutputCaptureExtension.class)
class RedisRateLimitStoreTests {

	private static final String PRIVATE_KEY = "private_secret_key";

	private static final String PUBLIC_KEY = "public_shared";

	/** Fixed, so that the container keeps its port when it is stopped and started again. */
	private static final int REDIS_PORT = freePort();

	@Container
	static final RedisContainer redis = new RedisContainer(
			DockerImageName.parse("local/redis:7").asCompatibleSubstituteFor("redis"))
		.withCreateContainerCmdModifier((command) -> command.getHostConfig()
			.withPortBindings(new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", REDIS_PORT),
					ExposedPort.tcp(6379))));

	private final String keyPrefix = "test:" + UUID.randomUUID() + ":";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
				ImageKitRedisRateLimitAutoConfiguration.class, ImageKitAutoConfiguration.class))
		.withPropertyValues("imagekit.private-key=" + PRIVATE_KEY, "imagekit.public-key=" + PUBLIC_KEY,
				"imagekit.rate-limit.store=redis", "imagekit.rate-limit.redis.url=redis://127.0.0.1:" + REDIS_PORT,
				"imagekit.rate-limit.redis.key-prefix=" + this.keyPrefix, "imagekit.retry.max-attempts=6");

	@Test
	void twoApplicationsOnOneAccountShareTheServersWindows() throws Exception {
		int limit = 10;
		long intervalMs = 1000;
		try (ImageKitEmulator emulator = emulator(limit + "/" + intervalMs)) {
			// A generous Redis timeout: this test is about sharing, not about a machine too busy to answer.
			ApplicationContextRunner app = against(emulator).withPropertyValues("imagekit.rate-limit.redis.timeout=3s");
			app.run((first) -> app.run((second) -> {
				String fileId = upload(first);
				CompletableFuture<long[]> one = load(first, fileId, 16, Duration.ofSeconds(6));
				CompletableFuture<long[]> two = load(second, fileId, 16, Duration.ofSeconds(6));
				long[] firstCounts = one.get(30, TimeUnit.SECONDS);
				long[] secondCounts = two.get(30, TimeUnit.SECONDS);
				assertThat(firstCounts[1] + secondCounts[1]).as("failed calls").isZero();

				List<RecordedRequest> requests = emulator.requests("files.get");
				assertThat(requests).extracting(RecordedRequest::status).allSatisfy((status) -> assertThat(status)
					.as("only file details and 429s, never a 404").isIn(200, 429));
				NavigableMap<Long, int[]> counts = perWindow(requests, intervalMs);
				long start = counts.firstKey();
				// The last window is cut short by the end of the load.
				long end = counts.lastKey();
				String windows = describe(counts, start, end);
				// The first window with a 429 is where the applications learn the limit.
				long busy = start;
				while (refused(counts, busy) == 0 && busy < end) {
					busy++;
				}
				// After it: full windows, almost no 429.
				List<Integer> accepted = LongStream.range(busy + 1, end)
					.mapToObj((window) -> accepted(counts, window))
					.toList();
				assertThat(accepted).as("accepted per window:%s", windows).hasSizeGreaterThanOrEqualTo(3)
					.allSatisfy((count) -> assertThat(count).isBetween(limit - 2, limit));
				long refusedLater = 0;
				for (long window = busy + 1; window < end; window++) {
					refusedLater += refused(counts, window);
				}
				// Each learning 10 per second on its own, as many would be refused as accepted, in every window;
				// shared, only until the other application reads what the first learned, and on a busy machine when
				// a request permitted at the end of a window is sent after it.
				long acceptedLater = accepted.stream().mapToLong(Integer::longValue).sum();
				assertThat(refusedLater).as("429s after the first window:%s", windows)
					.isLessThanOrEqualTo(acceptedLater / 3);
				long lastWindows = refused(counts, end - 1) + refused(counts, end - 2) + refused(counts, end - 3);
				assertThat(lastWindows).as("429s in the last three windows:%s", windows).isLessThanOrEqualTo(2);
				// Both took their share: the store, not one application alone, held the permits.
				assertThat(firstCounts[0]).isGreaterThan(10);
				assertThat(secondCounts[0]).isGreaterThan(10);
			}));
			assertThat(keys()).isNotEmpty()
				.allSatisfy((key) -> assertThat(key).startsWith(this.keyPrefix + PUBLIC_KEY + ":")
					.doesNotContain("private"));
		}
	}

	@Test
	void whenRedisStopsMidRunThenCallsGoOnCountedLocallyAndTheStoreRecoversWhenItIsBack(CapturedOutput output)
			throws Exception {
		try (ImageKitEmulator emulator = emulator("20/1000")) {
			against(emulator).run((context) -> {
				RedisRateLimitStore store = context.getBean(RedisRateLimitStore.class);
				MeterRegistry meters = new SimpleMeterRegistry();
				context.getBean(MeterBinder.class).bindTo(meters);
				CompletableFuture<long[]> calls = load(context, upload(context), 8, Duration.ofSeconds(14));

				Thread.sleep(1500);
				assertThat(health(context).getDetails()).containsEntry("redis", "available");
				redis.getDockerClient().stopContainerCmd(redis.getContainerId()).withTimeout(0).exec();
				await().atMost(Duration.ofSeconds(5)).until(() -> !store.state().available());
				Thread.sleep(1000);
				assertThat(health(context).getStatus().getCode()).isEqualTo("UP");
				assertThat(health(context).getDetails()).containsEntry("redis", "unavailable, counting in each instance");
				assertThat(meters.get("imagekit.rate-limit.store.errors").functionCounter().count()).isGreaterThan(0);
				assertThat(meters.get("imagekit.rate-limit.store.available").gauge().value()).isZero();
				redis.getDockerClient().startContainerCmd(redis.getContainerId()).exec();
				await().atMost(Duration.ofSeconds(10)).until(() -> store.state().available());

				long[] counts = calls.get(30, TimeUnit.SECONDS);
				assertThat(counts[1]).as("failed calls").isZero();
				assertThat(counts[0]).isGreaterThan(100);
				assertThat(emulator.requests("files.get")).filteredOn((request) -> request.status() == 200)
					.hasSize((int) counts[0]);
				assertThat(health(context).getDetails()).containsEntry("redis", "available");
				assertThat(meters.get("imagekit.rate-limit.store.available").gauge().value()).isOne();
			});
		}
		assertThat(output.getOut().split("did not answer within", -1)).as("one WARN per outage").hasSize(2);
		assertThat(output.getOut()).contains("Redis answers again").doesNotContain(PRIVATE_KEY);
	}

	@Test
	void whenRedisStallsThenNoCallWaitsPastItsTimeout() throws Exception {
		try (ImageKitEmulator emulator = emulator("1000/1000")) {
			against(emulator).withPropertyValues("imagekit.retry.call-timeout=2s", "imagekit.rate-limit.redis.timeout=300ms",
					// Declared, so that every call takes a permit in Redis.
					"imagekit.rate-limit.endpoints[files.get].limit-for-period=1000",
					"imagekit.rate-limit.endpoints[files.get].limit-refresh-period=1s")
				.run((context) -> {
					ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);
					String fileId = upload(context);
					imageKit.files().get(fileId).block(Duration.ofSeconds(5));
					redis.getDockerClient().pauseContainerCmd(redis.getContainerId()).exec();
					try {
						for (int i = 0; i < 5; i++) {
							long started = System.nanoTime();
							assertThat(imageKit.files().get(fileId).block(Duration.ofSeconds(5)).fileId())
								.isEqualTo(fileId);
							assertThat(Duration.ofNanos(System.nanoTime() - started))
								.isLessThan(Duration.ofSeconds(2));
						}
						assertThat(context.getBean(RedisRateLimitStore.class).state().available()).isFalse();
					}
					finally {
						redis.getDockerClient().unpauseContainerCmd(redis.getContainerId()).exec();
					}
				});
		}
	}

	/** An emulator on the applications' account that limits file details account-wide to these windows. */
	private static ImageKitEmulator emulator(String windows) {
		return ImageKitEmulator.builder()
			.privateKey(PRIVATE_KEY)
			.publicKey(PUBLIC_KEY)
			.rateLimits("files.get", RateLimit.parseAll(windows))
			.build()
			.start();
	}

	private ApplicationContextRunner against(ImageKitEmulator emulator) {
		return this.runner.withPropertyValues("imagekit.api-base-url=" + emulator.baseUrl(),
				"imagekit.upload-base-url=" + emulator.baseUrl());
	}

	/** A file whose details the load reads; uploads are not rate-limited. */
	private static String upload(ApplicationContext context) {
		return ((UploadedFile) context.getBean(ImageKitOperations.class)
			.uploads()
			.upload(UploadSource.of(new byte[] { 1, 2, 3 }), UploadRequest.builder("shared.bin").build())
			.block(Duration.ofSeconds(10))).fileId();
	}

	/** Accepted and refused file-details requests per window of the emulator's clock, from its request log. */
	private static NavigableMap<Long, int[]> perWindow(List<RecordedRequest> requests, long intervalMs) {
		NavigableMap<Long, int[]> counts = new TreeMap<>();
		for (RecordedRequest request : requests) {
			int[] window = counts.computeIfAbsent(request.receivedAt().toEpochMilli() / intervalMs, (k) -> new int[2]);
			window[(request.status() == 429) ? 1 : 0]++;
		}
		return counts;
	}

	private static int accepted(Map<Long, int[]> counts, long window) {
		return counts.getOrDefault(window, new int[2])[0];
	}

	private static int refused(Map<Long, int[]> counts, long window) {
		return counts.getOrDefault(window, new int[2])[1];
	}

	/** Accepted and refused per window, from {@code from} to before {@code to}, for messages. */
	private static String describe(Map<Long, int[]> counts, long from, long to) {
		StringBuilder text = new StringBuilder();
		for (long window = from; window < to; window++) {
			text.append(' ').append(accepted(counts, window)).append('/').append(refused(counts, window));
		}
		return text.toString();
	}

	/** Calls in flight for a while; the successes and failures. */
	private static CompletableFuture<long[]> load(ApplicationContext context, String fileId, int inFlight,
			Duration duration) {
		ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);
		AtomicLong ok = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long end = System.nanoTime() + duration.toNanos();
		return Flux.range(0, inFlight)
			.flatMap((i) -> Mono.defer(() -> imageKit.files().get(fileId))
				.doOnNext((file) -> ok.incrementAndGet())
				.then()
				.onErrorResume((ex) -> {
					failed.incrementAndGet();
					return Mono.empty();
				})
				.repeat(() -> System.nanoTime() < end), inFlight)
			.then(Mono.fromSupplier(() -> new long[] { ok.get(), failed.get() }))
			.toFuture();
	}

	private static Health health(ApplicationContext context) {
		return context.getBean("imagekitRateLimitStoreHealthIndicator", ReactiveHealthIndicator.class)
			.health()
			.block(Duration.ofSeconds(5));
	}

	private List<String> keys() {
		RedisClient client = RedisClient.create(redis.getRedisURI());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return connection.sync().keys(this.keyPrefix + "*");
		}
		finally {
			client.shutdown();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
