package io.github.imagekitspring.resilience.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.resilience.ImageKitResilience.EndpointLimit;

/**
 * The Redis store. A window is a Bucket4j bandwidth of {@code limit} tokens refilled all at once every interval;
 * once a 429 names it, it is replaced by one whose refills are aligned with the server's window (a new id, so it
 * starts empty, while the other bandwidths keep their tokens). Bandwidth ids carry the interval and, when aligned,
 * the first refill: {@code w1000@1764680000000}.
 */
final class Bucket4jRateLimitStore implements RedisRateLimitStore {

	private static final Log logger = LogFactory.getLog(Bucket4jRateLimitStore.class);

	/** While Redis is away, one call in this long tries it again. */
	private static final long PROBE_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

	/** A key no call has used for this long after its windows refilled is dropped by Redis. */
	private static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(10);

	/** Before any window is known: a bandwidth that never runs out, so the bucket exists and can learn. */
	private static final String UNLIMITED_ID = "unlimited";

	private static final long UNLIMITED = 1_000_000_000L;

	private static final double PHASE_TOLERANCE = 0.05;

	private final RedisClient client;

	private final RedisURI uri;

	private final String keyPrefix;

	private final Duration timeout;

	private final AtomicReference<@Nullable CompletableFuture<Connected>> connected = new AtomicReference<>();

	private final AtomicBoolean available = new AtomicBoolean(true);

	private final AtomicLong nextProbe = new AtomicLong();

	private final LongAdder errors = new LongAdder();

	private volatile @Nullable String lastError;

	/** The windows each key's instance knew of last, for a key that Redis does not hold (yet, or any more). */
	private final Map<String, List<EndpointLimit>> windows = new ConcurrentHashMap<>();

	Bucket4jRateLimitStore(RedisURI uri, String keyPrefix, Duration timeout) {
		this.uri = uri;
		this.keyPrefix = keyPrefix;
		this.timeout = timeout;
		// Lettuce's reconnect delay grows to 30 s by default; the store should be back within a second of Redis.
		this.client = RedisClient.create(DefaultClientResources.builder()
			.reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
			.build());
		// Commands fail at once while disconnected instead of queueing until Redis is back.
		this.client.setOptions(ClientOptions.builder()
			.autoReconnect(true)
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.timeoutOptions(TimeoutOptions.enabled(timeout))
			.socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
			.build());
		// Connect now, without waiting, so that the first call does not pay for it.
		connection();
	}

	@Override
	public Mono<Long> tryAcquire(String key, List<EndpointLimit> windows) {
		this.windows.put(key, windows);
		return call((connected) -> connected.bucket(key)
			.tryConsumeAndReturnRemaining(1)
			.thenApply((probe) -> probe.isConsumed() ? 0L : Math.max(1L, probe.getNanosToWaitForRefill())));
	}

	@Override
	public Mono<Void> spent(String key, EndpointLimit window, Duration reset) {
		return call((connected) -> {
			AsyncBucketProxy bucket = connected.bucket(key);
			long now = System.currentTimeMillis();
			long end = now + reset.toMillis();
			return bucket.asVerbose().getAvailableTokens().thenCompose((current) -> {
				BucketConfiguration next = spent(current, window, end, now);
				return (next != null) ? bucket.replaceConfiguration(next, TokensInheritanceStrategy.AS_IS)
						: CompletableFuture.completedFuture(null);
			}).thenApply((ignored) -> Boolean.TRUE);
		}).then();
	}

	/** Every window known, none lined up yet. */
	static BucketConfiguration configuration(List<EndpointLimit> windows) {
		ConfigurationBuilder builder = BucketConfiguration.builder();
		if (windows.isEmpty()) {
			builder.addLimit(Bandwidth.builder()
				.capacity(UNLIMITED)
				.refillGreedy(UNLIMITED, Duration.ofSeconds(1))
				.id(UNLIMITED_ID)
				.build());
		}
		for (EndpointLimit window : windows) {
			builder.addLimit(Bandwidth.builder()
				.capacity(window.limitForPeriod())
				.refillIntervally(window.limitForPeriod(), window.limitRefreshPeriod())
				.id("w" + window.limitRefreshPeriod().toMillis())
				.build());
		}
		return builder.build();
	}

	/**
	 * The configuration after a 429 about one window that ends at {@code end} (epoch millis): that window emptied
	 * and lined up with the server, the others as they are; {@code null} when the bucket already says so, as after
	 * the same 429 seen by another caller.
	 */
	static @Nullable BucketConfiguration spent(VerboseResult<Long> current, EndpointLimit window, long end,
			long now) {
		long period = window.limitRefreshPeriod().toNanos();
		long periodMs = window.limitRefreshPeriod().toMillis();
		long tolerance = (long) (periodMs * PHASE_TOLERANCE);
		Bandwidth[] bandwidths = current.getConfiguration().getBandwidths();
		long[] tokens = current.getDiagnostics().getAvailableTokensPerEachBandwidth();
		ConfigurationBuilder builder = BucketConfiguration.builder();
		long windowEnd = end;
		for (int i = 0; i < bandwidths.length; i++) {
			Bandwidth bandwidth = bandwidths[i];
			if (UNLIMITED_ID.equals(bandwidth.getId())) {
				continue;
			}
			if (bandwidth.getRefillPeriodNanos() != period) {
				builder.addLimit(bandwidth);
				continue;
			}
			Long anchor = anchor(bandwidth);
			long known = (anchor != null) ? endOfWindowBefore(anchor, end, periodMs, tolerance) : Long.MIN_VALUE;
			if (known != Long.MIN_VALUE) {
				windowEnd = known;
				if (known - now <= tolerance) {
					// Read late, about a window that has ended since.
					return null;
				}
				if (tokens[i] <= 0 && bandwidth.getCapacity() == window.limitForPeriod()) {
					// Already spent, as after the same 429 seen by another caller.
					return null;
				}
			}
		}
		builder.addLimit(Bandwidth.builder()
			.capacity(window.limitForPeriod())
			.refillIntervallyAligned(window.limitForPeriod(), window.limitRefreshPeriod(),
					Instant.ofEpochMilli(windowEnd))
			.initialTokens(0)
			.id("w" + periodMs + "@" + windowEnd)
			.build());
		return builder.build();
	}

	/** The first refill of an aligned bandwidth, from its id. */
	private static @Nullable Long anchor(Bandwidth bandwidth) {
		String id = bandwidth.getId();
		int at = (id != null) ? id.indexOf('@') : -1;
		return (at < 0) ? null : Long.parseLong(id.substring(at + 1));
	}

	/**
	 * Which of the bandwidth's window ends a 429 ending at {@code end} is about: a 429 read late says a later end
	 * than the truth, so up to half a period after one of its ends; {@link Long#MIN_VALUE} when it is off.
	 */
	private static long endOfWindowBefore(long anchor, long end, long periodMs, long tolerance) {
		long phase = Math.floorMod(end - anchor, periodMs);
		if (phase < periodMs / 2) {
			return end - phase;
		}
		return (periodMs - phase <= tolerance) ? end + (periodMs - phase) : Long.MIN_VALUE;
	}

	/**
	 * One Redis operation: bounded by the timeout, its failure logged (once per outage) and counted, and then
	 * empty. While Redis is away, empty at once except for one call a second, which tries again.
	 */
	private <T> Mono<T> call(Function<Connected, CompletableFuture<T>> operation) {
		if (!this.available.get()) {
			long now = System.nanoTime();
			long probe = this.nextProbe.get();
			if (now - probe < 0 || !this.nextProbe.compareAndSet(probe, now + PROBE_INTERVAL_NANOS)) {
				return Mono.empty();
			}
		}
		return Mono.fromFuture(() -> connection().thenCompose(operation))
			.timeout(this.timeout)
			.doOnNext((ignored) -> up())
			.onErrorResume((ex) -> {
				down(ex);
				return Mono.empty();
			});
	}

	private CompletableFuture<Connected> connection() {
		CompletableFuture<Connected> current = this.connected.get();
		if (current != null && !current.isCompletedExceptionally()) {
			return current;
		}
		CompletableFuture<Connected> next = new CompletableFuture<>();
		if (!this.connected.compareAndSet(current, next)) {
			return connection();
		}
		this.client.connectAsync(ByteArrayCodec.INSTANCE, this.uri).whenComplete((connection, ex) -> {
			if (ex != null) {
				next.completeExceptionally(ex);
			}
			else {
				next.complete(new Connected(connection, this::configuration, Bucket4jLettuce.casBasedBuilder(connection)
					.requestTimeout(this.timeout)
					.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
							KEEP_AFTER_REFILL))
					.build()
					.asAsync()
					.withMapper((String key) -> (this.keyPrefix + key).getBytes(StandardCharsets.UTF_8))));
			}
		});
		return next;
	}

	private void up() {
		if (this.available.compareAndSet(false, true)) {
			logger.info("Redis answers again at " + where() + ": ImageKit rate limits are shared again");
		}
	}

	private void down(Throwable ex) {
		this.errors.increment();
		this.lastError = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		if (this.available.compareAndSet(true, false)) {
			this.nextProbe.set(System.nanoTime() + PROBE_INTERVAL_NANOS);
			logger.warn("Redis at " + where() + " did not answer within " + this.timeout + " (" + this.lastError
					+ "): each instance counts ImageKit rate limits on its own until Redis is back");
		}
	}

	/** Host and port only: the URI may hold a password. */
	private String where() {
		return this.uri.getHost() + ":" + this.uri.getPort();
	}

	@Override
	public State state() {
		return new State(this.available.get(), this.errors.sum(), this.lastError);
	}

	@Override
	public void close() {
		CompletableFuture<Connected> current = this.connected.getAndSet(null);
		if (current != null && current.isDone() && !current.isCompletedExceptionally()) {
			current.join().connection.closeAsync();
		}
		this.client.shutdownAsync().thenRun(() -> this.client.getResources().shutdown());
	}

	@Override
	public String toString() {
		return "redis " + where() + " " + this.keyPrefix + "*";
	}

	/** A new key is made with the windows this instance knows of; none yet, unlimited until a 429. */
	private CompletableFuture<BucketConfiguration> configuration(String key) {
		return CompletableFuture.completedFuture(configuration(this.windows.getOrDefault(key, List.of())));
	}

	/**
	 * A connection and its buckets. One proxy per key, kept, so that Bucket4j's batching can send the concurrent
	 * requests of this instance for one key as one Redis operation instead of racing each other's updates.
	 */
	private static final class Connected {

		private final StatefulRedisConnection<byte[], byte[]> connection;

		private final Function<String, CompletableFuture<BucketConfiguration>> configuration;

		private final AsyncProxyManager<String> buckets;

		private final Map<String, AsyncBucketProxy> proxies = new ConcurrentHashMap<>();

		Connected(StatefulRedisConnection<byte[], byte[]> connection,
				Function<String, CompletableFuture<BucketConfiguration>> configuration,
				AsyncProxyManager<String> buckets) {
			this.connection = connection;
			this.configuration = configuration;
			this.buckets = buckets;
		}

		AsyncBucketProxy bucket(String key) {
			return this.proxies.computeIfAbsent(key, (k) -> this.buckets.builder()
				.withOptimization(Optimizations.batching())
				.build(k, () -> this.configuration.apply(k)));
		}

	}

}
