package io.github.imagekitspring.ratelimit;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.redis.testcontainers.RedisContainer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

import io.github.imagekitspring.resilience.ImageKitResilience.EndpointLimit;
import io.github.imagekitspring.resilience.redis.RedisRateLimitStore;
import io.github.imagekitspring.testsupport.RequiresDocker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Redis store keeps in Redis beyond the permits, against a real Redis. The windows that 429s name, lined
 * up: windows whose boundaries nearly meet share the later one, so that a longer window never opens while a shorter
 * one still counts in the server's previous period; windows far apart keep their own (each 429 is timed against the
 * wall clock, as the store is). And the windows and instances on a key, which set each instance's share while Redis
 * is away.
 */
@RequiresDocker
@Testcontainers
class RedisRateLimitStoreKeysTests {

	private static final String KEY = "public_key:files.get";

	private static final EndpointLimit PER_SECOND = new EndpointLimit(2, Duration.ofSeconds(1));

	private static final EndpointLimit PER_10_SECONDS = new EndpointLimit(5, Duration.ofSeconds(10));

	@Container
	static final RedisContainer redis = new RedisContainer(
			DockerImageName.parse("local/redis:7").asCompatibleSubstituteFor("redis"));

	private final String keyPrefix = "test:" + UUID.randomUUID() + ":";

	private final RedisRateLimitStore store = RedisRateLimitStore.create(RedisURI.create(redis.getRedisURI()),
			this.keyPrefix, Duration.ofSeconds(5));

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void whenALongerWindowEndsJustBeforeAShorterOnesBoundaryThenItEndsThere() {
		spent(PER_SECOND, 600);
		long second = anchors().get(1000L);
		// 20 ms before one of the 1 s window's boundaries.
		spent(PER_10_SECONDS, second + 9000 - 20 - System.currentTimeMillis());

		Map<Long, Long> anchors = anchors();
		assertThat(Math.floorMod(anchors.get(10000L) - second, 1000)).isZero();
		assertThat(anchors.get(1000L)).as("the 1 s window does not move").isEqualTo(second);
		assertThat(waitMillis()).as("spent until the 10 s window's end").isGreaterThan(8000);
	}

	@Test
	void whenAShorterWindowEndsJustAfterALongerOnesBoundaryThenTheLongerMovesThereKeepingItsCount() {
		spent(PER_10_SECONDS, 9000);
		long tenSeconds = anchors().get(10000L);
		// 20 ms after one of the 10 s window's boundaries, modulo 1 s.
		spent(PER_SECOND, tenSeconds + 20 - 8000 - System.currentTimeMillis());

		Map<Long, Long> anchors = anchors();
		assertThat(Math.floorMod(anchors.get(10000L) - anchors.get(1000L), 1000)).isZero();
		assertThat(anchors.get(10000L) - tenSeconds).isBetween(1L, 50L);
		// Still spent: the move kept the 10 s window's empty count.
		assertThat(waitMillis()).isGreaterThan(8000);
	}

	@Test
	void whenWindowsAreFarApartThenEachKeepsItsOwnBoundaries() {
		spent(PER_SECOND, 600);
		long second = anchors().get(1000L);
		spent(PER_10_SECONDS, second + 9000 - 300 - System.currentTimeMillis());

		Map<Long, Long> anchors = anchors();
		assertThat(Math.floorMod(anchors.get(10000L) - second, 1000)).isBetween(600, 800);
		assertThat(anchors.get(1000L)).isEqualTo(second);
	}

	@Test
	void everyInstanceThatAsksForPermitsCountsAmongTheKeysInstances() {
		assertThat(this.store.instances(KEY)).as("before asking").isOne();
		try (RedisRateLimitStore other = RedisRateLimitStore.create(RedisURI.create(redis.getRedisURI()),
				this.keyPrefix, Duration.ofSeconds(5))) {
			waitMillis();
			other.tryAcquire(KEY, List.of(PER_SECOND)).block(Duration.ofSeconds(10));
			assertThat(other.instances(KEY)).isEqualTo(2);
			assertThat(other.instances("public_key:files.list")).as("another endpoint").isOne();
		}
		try (RedisRateLimitStore third = RedisRateLimitStore.create(RedisURI.create(redis.getRedisURI()),
				"other:" + this.keyPrefix, Duration.ofSeconds(5))) {
			third.tryAcquire(KEY, List.of(PER_SECOND)).block(Duration.ofSeconds(10));
			assertThat(third.instances(KEY)).as("another key prefix").isOne();
		}
	}

	@Test
	void theWindowsOneInstanceLearnedAreKnownToTheOthers() {
		spent(PER_10_SECONDS, 9000);
		try (RedisRateLimitStore other = RedisRateLimitStore.create(RedisURI.create(redis.getRedisURI()),
				this.keyPrefix, Duration.ofSeconds(5))) {
			assertThat(other.windows(KEY)).as("before reading them").isEmpty();
			assertThat(other.tryAcquire(KEY, List.of()).block(Duration.ofSeconds(10))).as("spent").isPositive();
			assertThat(other.windows(KEY)).containsExactly(PER_10_SECONDS);
		}
	}

	private void spent(EndpointLimit window, long resetMillis) {
		this.store.spent(KEY, window, Duration.ofMillis(resetMillis)).block(Duration.ofSeconds(10));
		assertThat(this.store.state().errors()).as("Redis errors").isZero();
	}

	private long waitMillis() {
		Long wait = this.store.tryAcquire(KEY, List.of(PER_SECOND, PER_10_SECONDS))
			.block(Duration.ofSeconds(10));
		assertThat(wait).as("an answer from Redis").isNotNull();
		return Duration.ofNanos(wait).toMillis();
	}

	/** Interval ms to a boundary (epoch ms), from the list every instance reads. */
	private Map<Long, Long> anchors() {
		RedisClient client = RedisClient.create(redis.getRedisURI());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			Map<Long, Long> anchors = new HashMap<>();
			connection.sync()
				.hgetall(this.keyPrefix + KEY + ":windows")
				.forEach((interval, value) -> anchors.put(Long.valueOf(interval),
						Long.valueOf(value.substring(value.indexOf('@') + 1))));
			return anchors;
		}
		finally {
			client.shutdown();
		}
	}

}
