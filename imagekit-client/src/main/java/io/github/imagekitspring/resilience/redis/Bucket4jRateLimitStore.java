package io.github.imagekitspring.resilience.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.Range;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.internal.WindowGrid;
import io.github.imagekitspring.resilience.ImageKitResilience.EndpointLimit;

/**
 * The Redis store. Each window of a key is a Bucket4j bucket of its own ({@code <key>:w<interval ms>}) holding one
 * bandwidth of {@code limit} tokens refilled all at once every interval: a 429 about one window rewrites that
 * window's bucket only, so concurrent 429s about different windows never undo each other. Once a 429 names a window,
 * its bandwidth is replaced by one whose refills are aligned with the server's window (a new id, so it starts
 * empty); ids carry the interval and, when aligned, the first refill: {@code w1000@1764680000000}. The windows any
 * instance learned are listed in a hash ({@code <key>:windows}, interval ms to {@code <limit>@<a refill, epoch ms>}),
 * read again every 200 ms, so every instance counts in them; a window lined up later takes the boundaries of another
 * that nearly meet its own, as the local limiter does. With that read, each instance puts its random id in a sorted
 * set ({@code <key>:instances}, scored by when it was last seen) and counts the instances seen in the last 10 s.
 */
final class Bucket4jRateLimitStore implements RedisRateLimitStore {

	private static final Log logger = LogFactory.getLog(Bucket4jRateLimitStore.class);

	/** While Redis is away, one call in this long tries it again. */
	private static final long REFRESH_NANOS = Duration.ofSeconds(1).toNanos();

	/** How often the windows other instances learned are read again. */
	private static final long LEARNED_REFRESH_NANOS = Duration.ofMillis(200).toNanos();

	/** A key no call has used for this long after its window refilled is dropped by Redis. */
	private static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(10);

	/** An instance that has not asked for a permit for this long no longer counts among the key's instances. */
	private static final Duration INSTANCE_SEEN_FOR = Duration.ofSeconds(10);

	/** How long the list of learned windows is kept after the last 429. */
	private static final Duration KEEP_WINDOWS = Duration.ofHours(1);

	/**
	 * Failures in a row that make an outage. One slow answer only sends its own call to local counting; an outage
	 * sends every call there until Redis answers again.
	 */
	private static final int OUTAGE_AFTER = 3;

	private final RedisClient client;

	private final RedisURI uri;

	private final String keyPrefix;

	private final Duration timeout;

	private final AtomicReference<@Nullable CompletableFuture<Connected>> connected = new AtomicReference<>();

	private final AtomicBoolean available = new AtomicBoolean(true);

	private final AtomicLong nextProbe = new AtomicLong();

	private final LongAdder errors = new LongAdder();

	private final AtomicInteger failuresInARow = new AtomicInteger();

	private volatile @Nullable String lastError;

	/** Per key, the windows other instances learned, as last read, and when. */
	private final Map<String, Learned> learned = new ConcurrentHashMap<>();

	/** This instance among those on a key: random, so it tells nothing about the application or the account. */
	private final byte[] instanceId = utf8(UUID.randomUUID().toString());

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
		return call((connected) -> learnedWindows(connected, key).thenCompose((shared) -> {
			List<EndpointLimit> all = union(windows, shared);
			if (all.isEmpty()) {
				return CompletableFuture.completedFuture(0L);
			}
			List<CompletableFuture<ConsumptionProbe>> probes = new ArrayList<>(all.size());
			for (EndpointLimit window : all) {
				probes.add(connected.bucket(key, window).tryConsumeAndReturnRemaining(1));
			}
			return CompletableFuture.allOf(probes.toArray(CompletableFuture[]::new))
				.thenCompose((ignored) -> settle(connected, key, all, probes));
		}));
	}

	/** All windows had room: taken. Otherwise the permits taken in the others are given back. */
	private CompletableFuture<Long> settle(Connected connected, String key, List<EndpointLimit> windows,
			List<CompletableFuture<ConsumptionProbe>> probes) {
		long wait = 0;
		List<CompletableFuture<Void>> givenBack = new ArrayList<>();
		for (CompletableFuture<ConsumptionProbe> probe : probes) {
			ConsumptionProbe result = probe.join();
			if (!result.isConsumed()) {
				wait = Math.max(wait, Math.max(1L, result.getNanosToWaitForRefill()));
			}
		}
		if (wait == 0) {
			return CompletableFuture.completedFuture(0L);
		}
		for (int i = 0; i < probes.size(); i++) {
			if (probes.get(i).join().isConsumed()) {
				givenBack.add(connected.bucket(key, windows.get(i)).addTokens(1));
			}
		}
		long nanos = wait;
		return CompletableFuture.allOf(givenBack.toArray(CompletableFuture[]::new)).thenApply((ignored) -> nanos);
	}

	@Override
	public Mono<Void> spent(String key, EndpointLimit window, Duration reset) {
		return call((connected) -> {
			long now = System.currentTimeMillis();
			long end = now + reset.toMillis();
			byte[] windowsKey = bytes(key + ":windows");
			AsyncBucketProxy bucket = connected.bucket(key, window);
			return connected.connection.async()
				.hgetall(windowsKey)
				.toCompletableFuture()
				.thenCombine(bucket.asVerbose().getAvailableTokens(),
						(listed, current) -> lineUp(window, end, now, current, windows(listed)))
				.thenCompose((lined) -> {
					List<CompletableFuture<?>> writes = new ArrayList<>();
					if (lined.configuration() != null) {
						writes.add(bucket.replaceConfiguration(lined.configuration(), TokensInheritanceStrategy.AS_IS));
					}
					writes.add(list(connected, windowsKey, window, lined.anchor()));
					lined.moves().forEach((other, anchor) -> writes.add(move(connected, key, other, anchor, now)
						.thenCompose((ignored) -> list(connected, windowsKey, other, anchor))));
					return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new))
						.thenCompose((ignored) -> connected.connection.async().pexpire(windowsKey, KEEP_WINDOWS))
						.thenApply((ignored) -> Boolean.TRUE);
				});
		}).then();
	}

	/**
	 * The windows other instances learned, read again when older than 200 ms; at the same time this instance says
	 * it counts on the key, and reads how many do.
	 */
	private CompletableFuture<Map<Long, Listed>> learnedWindows(Connected connected, String key) {
		Learned current = this.learned.get(key);
		long now = System.nanoTime();
		if (current != null && now - current.readAt < LEARNED_REFRESH_NANOS) {
			return CompletableFuture.completedFuture(current.windows);
		}
		RedisAsyncCommands<byte[], byte[]> redis = connected.connection.async();
		byte[] instancesKey = bytes(key + ":instances");
		long nowMillis = System.currentTimeMillis();
		CompletableFuture<Long> instances = redis.zadd(instancesKey, nowMillis, this.instanceId)
			.thenCompose((ignored) -> redis.zremrangebyscore(instancesKey,
					Range.create(0, nowMillis - INSTANCE_SEEN_FOR.toMillis())))
			.thenCompose((ignored) -> redis.pexpire(instancesKey, INSTANCE_SEEN_FOR))
			.thenCompose((ignored) -> redis.zcard(instancesKey))
			.toCompletableFuture();
		return redis.hgetall(bytes(key + ":windows")).toCompletableFuture().thenCombine(instances, (hash, count) -> {
			Map<Long, Listed> windows = windows(hash);
			this.learned.put(key, new Learned(windows, union(List.of(), windows), now, (int) Math.max(1, count)));
			return windows;
		});
	}

	@Override
	public List<EndpointLimit> windows(String key) {
		Learned current = this.learned.get(key);
		return (current != null) ? current.limits : List.of();
	}

	@Override
	public int instances(String key) {
		Learned current = this.learned.get(key);
		return (current != null) ? current.instances : 1;
	}

	/** This instance's windows, and those others learned that it does not know of; one per length. */
	static List<EndpointLimit> union(List<EndpointLimit> own, Map<Long, Listed> shared) {
		List<EndpointLimit> all = new ArrayList<>(own);
		shared.forEach((intervalMs, entry) -> {
			Duration interval = Duration.ofMillis(intervalMs);
			if (all.stream().noneMatch((window) -> window.limitRefreshPeriod().equals(interval))) {
				all.add(new EndpointLimit(entry.limit(), interval));
			}
		});
		return all;
	}

	/** A window not lined up yet, full. */
	static BucketConfiguration configuration(EndpointLimit window) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder()
				.capacity(window.limitForPeriod())
				.refillIntervally(window.limitForPeriod(), window.limitRefreshPeriod())
				.id("w" + window.limitRefreshPeriod().toMillis())
				.build())
			.build();
	}

	/** Records a window and its boundaries ({@code <limit>@<anchor ms>}) for every instance. */
	private static CompletableFuture<?> list(Connected connected, byte[] windowsKey, EndpointLimit window,
			long anchor) {
		return connected.connection.async()
			.hset(windowsKey, utf8(String.valueOf(window.limitRefreshPeriod().toMillis())),
					utf8(window.limitForPeriod() + "@" + anchor))
			.toCompletableFuture();
	}

	/** Moves another window's boundaries later onto {@code anchor}; its period runs on until then with its tokens. */
	private static CompletableFuture<?> move(Connected connected, String key, EndpointLimit window, long anchor,
			long now) {
		AsyncBucketProxy bucket = connected.bucket(key, window);
		long period = window.limitRefreshPeriod().toMillis();
		long next = anchor + Math.max(0, Math.floorDiv(now - anchor, period) + 1) * period;
		return bucket.getAvailableTokens()
			.thenCompose((tokens) -> bucket.replaceConfiguration(aligned(window, next, Math.max(0, tokens)),
					TokensInheritanceStrategy.AS_IS));
	}

	/** The windows in the shared list, by interval ms. */
	static Map<Long, Listed> windows(Map<byte[], byte[]> listed) {
		Map<Long, Listed> windows = new ConcurrentHashMap<>();
		listed.forEach((interval, value) -> {
			String[] parts = text(value).split("@", 2);
			windows.put(Long.valueOf(text(interval)), new Listed(Integer.parseInt(parts[0]),
					(parts.length > 1) ? Long.valueOf(parts[1]) : null));
		});
		return windows;
	}

	/**
	 * What a 429 about {@code window} ending at {@code end} (epoch ms) changes: the window's bucket emptied and lined
	 * up with the server, unless it already is, as after the same 429 seen by another caller, or the 429 was read
	 * late, about a window that has ended since; and the other windows whose boundaries must move later onto it.
	 */
	static LinedUp lineUp(EndpointLimit window, long end, long now, VerboseResult<Long> current,
			Map<Long, Listed> listed) {
		long period = window.limitRefreshPeriod().toMillis();
		long tolerance = WindowGrid.tolerance(period);
		Bandwidth bandwidth = current.getConfiguration().getBandwidths()[0];
		Long anchor = anchor(bandwidth);
		long known = (anchor != null) ? WindowGrid.boundaryOf(end, anchor, period) : Long.MIN_VALUE;
		if (known != Long.MIN_VALUE) {
			boolean spentAlready = current.getValue() <= 0 && bandwidth.getCapacity() == window.limitForPeriod();
			if (known - now <= tolerance || spentAlready) {
				return new LinedUp(null, anchor, Map.of());
			}
			return new LinedUp(aligned(window, known, 0), known, Map.of());
		}
		Map<EndpointLimit, WindowGrid.Boundaries> others = new HashMap<>();
		listed.forEach((otherPeriod, entry) -> {
			if (otherPeriod != period && entry.anchor() != null) {
				others.put(new EndpointLimit(entry.limit(), Duration.ofMillis(otherPeriod)),
						new WindowGrid.Boundaries(entry.anchor(), otherPeriod));
			}
		});
		long boundary = WindowGrid.lineUp(end, period, List.copyOf(others.values()));
		Map<EndpointLimit, Long> moves = new HashMap<>();
		others.forEach((other, boundaries) -> {
			long lag = WindowGrid.lag(boundary, period, boundaries.anchor(), boundaries.period());
			if (lag > 0) {
				moves.put(other, boundaries.anchor() + lag);
			}
		});
		return new LinedUp(aligned(window, boundary, 0), boundary, moves);
	}

	/** A window whose refills are lined up with the server's, next at {@code boundary} (epoch ms). */
	private static BucketConfiguration aligned(EndpointLimit window, long boundary, long tokens) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder()
				.capacity(window.limitForPeriod())
				.refillIntervallyAligned(window.limitForPeriod(), window.limitRefreshPeriod(),
						Instant.ofEpochMilli(boundary))
				.initialTokens(tokens)
				.id("w" + window.limitRefreshPeriod().toMillis() + "@" + boundary)
				.build())
			.build();
	}

	/** The first refill of an aligned bandwidth, from its id. */
	private static @Nullable Long anchor(Bandwidth bandwidth) {
		String id = bandwidth.getId();
		int at = (id != null) ? id.indexOf('@') : -1;
		return (at < 0) ? null : Long.parseLong(id.substring(at + 1));
	}

	/**
	 * One Redis operation: bounded by the timeout, its failure counted (and logged once per outage), and then
	 * empty. While Redis is away, empty at once except for one call a second, which tries again.
	 */
	private <T> Mono<T> call(Function<Connected, CompletableFuture<T>> operation) {
		if (!this.available.get()) {
			long now = System.nanoTime();
			long probe = this.nextProbe.get();
			if (now - probe < 0 || !this.nextProbe.compareAndSet(probe, now + REFRESH_NANOS)) {
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
				next.complete(new Connected(connection, Bucket4jLettuce.casBasedBuilder(connection)
					.requestTimeout(this.timeout)
					.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
							KEEP_AFTER_REFILL))
					.build()
					.asAsync()
					.withMapper(this::bytes)));
			}
		});
		return next;
	}

	private byte[] bytes(String key) {
		return utf8(this.keyPrefix + key);
	}

	private static byte[] utf8(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] value) {
		return new String(value, StandardCharsets.UTF_8);
	}

	private void up() {
		this.failuresInARow.set(0);
		if (this.available.compareAndSet(false, true)) {
			logger.info("Redis answers again at " + where() + ": ImageKit rate limits are shared again");
		}
	}

	private void down(Throwable ex) {
		this.errors.increment();
		this.lastError = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		if (this.failuresInARow.incrementAndGet() >= OUTAGE_AFTER && this.available.compareAndSet(true, false)) {
			this.nextProbe.set(System.nanoTime() + REFRESH_NANOS);
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

	/** A window in the shared list: its limit and, once a 429 lined it up, one of its boundaries (epoch ms). */
	record Listed(int limit, @Nullable Long anchor) {
	}

	/** A key's windows as last read, also as limits, and how many instances count on it. */
	private record Learned(Map<Long, Listed> windows, List<EndpointLimit> limits, long readAt, int instances) {
	}

	/** A window lined up: its new configuration ({@code null}: unchanged), its anchor, other windows moved later. */
	record LinedUp(@Nullable BucketConfiguration configuration, long anchor, Map<EndpointLimit, Long> moves) {
	}

	/**
	 * A connection and its buckets. One proxy per window, kept, so that Bucket4j's batching sends the concurrent
	 * requests of this instance for one window as one Redis operation instead of racing each other's updates.
	 */
	private static final class Connected {

		private final StatefulRedisConnection<byte[], byte[]> connection;

		private final AsyncProxyManager<String> buckets;

		private final Map<String, AsyncBucketProxy> proxies = new ConcurrentHashMap<>();

		Connected(StatefulRedisConnection<byte[], byte[]> connection, AsyncProxyManager<String> buckets) {
			this.connection = connection;
			this.buckets = buckets;
		}

		AsyncBucketProxy bucket(String key, EndpointLimit window) {
			String name = key + ":w" + window.limitRefreshPeriod().toMillis();
			return this.proxies.computeIfAbsent(name, (k) -> this.buckets.builder()
				.withOptimization(Optimizations.batching())
				.build(k, () -> CompletableFuture.completedFuture(configuration(window))));
		}

	}

}
