package io.github.imagekitspring.ratelimit;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.autoconfigure.ImageKitRedisRateLimitAutoConfiguration;
import io.github.imagekitspring.resilience.redis.RedisRateLimitStore;
import io.github.imagekitspring.testsupport.RequiresDocker;

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
 * The shared rate-limit store against a real Redis in a container: two applications on one account share the
 * windows of a server that counts both; Redis going away and coming back mid-run; Redis stalling.
 */
@RequiresDocker
@Testcontainers
@ExtendWith(OutputCaptureExtension.class)
class RedisRateLimitStoreTests {

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
		.withPropertyValues("imagekit.private-key=private_secret_key", "imagekit.public-key=public_shared",
				"imagekit.rate-limit.store=redis", "imagekit.rate-limit.redis.url=redis://127.0.0.1:" + REDIS_PORT,
				"imagekit.rate-limit.redis.key-prefix=" + this.keyPrefix, "imagekit.retry.max-attempts=6");

	@Test
	void twoApplicationsOnOneAccountShareTheServersWindows() throws Exception {
		int limit = 10;
		try (WindowedLimitServer server = new WindowedLimitServer(new long[] { limit, 1000 })) {
			// A generous Redis timeout: this test is about sharing, not about a machine too busy to answer.
			ApplicationContextRunner app = this.runner.withPropertyValues(
					"imagekit.api-base-url=" + server.baseUrl(), "imagekit.upload-base-url=" + server.baseUrl(),
					"imagekit.rate-limit.redis.timeout=3s");
			app.run((first) -> app.run((second) -> {
				long start = server.currentWindow();
				CompletableFuture<long[]> one = load(first, 16, Duration.ofSeconds(5));
				CompletableFuture<long[]> two = load(second, 16, Duration.ofSeconds(5));
				long[] firstCounts = one.get(30, TimeUnit.SECONDS);
				long[] secondCounts = two.get(30, TimeUnit.SECONDS);
				long end = server.currentWindow();

				assertThat(firstCounts[1] + secondCounts[1]).as("failed calls").isZero();
				// After the first window, in which the applications learn the limit: full windows, almost no 429.
				String windows = server.perWindow(start, end);
				// The first window with a 429 is where the applications learn the limit.
				long busy = start;
				while (server.refused(busy) == 0 && busy < end) {
					busy++;
				}
				List<Integer> accepted = server.acceptedBetween(busy + 1, end);
				assertThat(accepted).as("accepted per window:%s", windows).hasSizeGreaterThanOrEqualTo(3)
					.allSatisfy((count) -> assertThat(count).isBetween(limit - 2, limit));
				long refusedLater = 0;
				for (long window = busy + 1; window < end; window++) {
					refusedLater += server.refused(window);
				}
				// Each learning 10 per second on its own, as many would be refused as accepted, in every window;
				// shared, only until the other application reads what the first learned, and on a busy machine when
				// a request permitted at the end of a window is sent after it.
				long acceptedLater = accepted.stream().mapToLong(Integer::longValue).sum();
				assertThat(refusedLater).as("429s after the first window:%s", windows)
					.isLessThanOrEqualTo(acceptedLater / 3);
				long lastWindows = server.refused(end - 1) + server.refused(end - 2) + server.refused(end - 3);
				assertThat(lastWindows).as("429s in the last three windows:%s", windows).isLessThanOrEqualTo(2);
				// Both took their share: the store, not one application alone, held the permits.
				assertThat(firstCounts[0]).isGreaterThan(10);
				assertThat(secondCounts[0]).isGreaterThan(10);
			}));
			assertThat(keys()).isNotEmpty()
				.allSatisfy((key) -> assertThat(key).startsWith(this.keyPrefix + "public_shared:")
					.doesNotContain("private"));
		}
	}

	@Test
	void whenRedisStopsMidRunThenCallsGoOnCountedLocallyAndTheStoreRecoversWhenItIsBack(CapturedOutput output)
			throws Exception {
		try (WindowedLimitServer server = new WindowedLimitServer(new long[] { 20, 1000 })) {
			this.runner.withPropertyValues("imagekit.api-base-url=" + server.baseUrl(),
					"imagekit.upload-base-url=" + server.baseUrl())
				.run((context) -> {
					RedisRateLimitStore store = context.getBean(RedisRateLimitStore.class);
					MeterRegistry meters = new SimpleMeterRegistry();
					context.getBean(MeterBinder.class).bindTo(meters);
					CompletableFuture<long[]> calls = load(context, 8, Duration.ofSeconds(14));

					Thread.sleep(1500);
					assertThat(health(context).getDetails()).containsEntry("redis", "available");
					redis.getDockerClient().stopContainerCmd(redis.getContainerId()).withTimeout(0).exec();
					await().atMost(Duration.ofSeconds(5)).until(() -> !store.state().available());
					Thread.sleep(1000);
					assertThat(health(context).getStatus().getCode()).isEqualTo("UP");
					assertThat(health(context).getDetails()).containsEntry("redis",
							"unavailable, counting in each instance");
					assertThat(meters.get("imagekit.rate-limit.store.errors").functionCounter().count())
						.isGreaterThan(0);
					assertThat(meters.get("imagekit.rate-limit.store.available").gauge().value()).isZero();
					redis.getDockerClient().startContainerCmd(redis.getContainerId()).exec();
					await().atMost(Duration.ofSeconds(10)).until(() -> store.state().available());

					long[] counts = calls.get(30, TimeUnit.SECONDS);
					assertThat(counts[1]).as("failed calls").isZero();
					assertThat(counts[0]).isGreaterThan(100);
					assertThat(health(context).getDetails()).containsEntry("redis", "available");
					assertThat(meters.get("imagekit.rate-limit.store.available").gauge().value()).isOne();
				});
		}
		assertThat(output.getOut().split("did not answer within", -1)).as("one WARN per outage").hasSize(2);
		assertThat(output.getOut()).contains("Redis answers again").doesNotContain("private_secret_key");
	}

	@Test
	void whenRedisStallsThenNoCallWaitsPastItsTimeout() throws Exception {
		try (WindowedLimitServer server = new WindowedLimitServer(new long[] { 1000, 1000 })) {
			this.runner.withPropertyValues("imagekit.api-base-url=" + server.baseUrl(),
					"imagekit.upload-base-url=" + server.baseUrl(), "imagekit.retry.call-timeout=2s",
					"imagekit.rate-limit.redis.timeout=300ms",
					// Declared, so that every call takes a permit in Redis.
					"imagekit.rate-limit.endpoints[files.get].limit-for-period=1000",
					"imagekit.rate-limit.endpoints[files.get].limit-refresh-period=1s")
				.run((context) -> {
					ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);
					imageKit.files().get("abc").block(Duration.ofSeconds(5));
					redis.getDockerClient().pauseContainerCmd(redis.getContainerId()).exec();
					try {
						for (int i = 0; i < 5; i++) {
							long started = System.nanoTime();
							assertThat(imageKit.files().get("abc").block(Duration.ofSeconds(5)).fileId())
								.isEqualTo("abc");
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

	/** Calls in flight for a while; the successes and failures. */
	private static CompletableFuture<long[]> load(ApplicationContext context, int inFlight, Duration duration) {
		ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);
		AtomicLong ok = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long end = System.nanoTime() + duration.toNanos();
		return Flux.range(0, inFlight)
			.flatMap((i) -> Mono.defer(() -> imageKit.files().get("abc"))
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
