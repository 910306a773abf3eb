package io.github.imagekitspring.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.lettuce.core.RedisURI;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.resilience.redis.RedisRateLimitStore;

/**
 * One application instance of {@link AccountLimitBenchmark}: the client with its defaults (retry, 429-driven rate
 * limits), counting locally or in Redis, keeping calls in flight against the account's server. Warms up, prints
 * {@code READY}, waits for a line on stdin, runs, and prints {@code RESULT ok failed redis-errors}.
 *
 * <p>Arguments: base URL, calls in flight, seconds, then {@code local} or a Redis URL and a key prefix.
 */
public final class AccountLimitProcess {

	private AccountLimitProcess() {
	}

	public static void main(String[] args) throws Exception {
		String baseUrl = args[0];
		int inFlight = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		ImageKitResilience.Builder resilience = ImageKitResilience.builder();
		RedisRateLimitStore store = null;
		if (!"local".equals(args[3])) {
			store = RedisRateLimitStore.create(RedisURI.create(args[3]), args[4], Duration.ofSeconds(1));
			resilience.rateLimitStore(store, (account) -> "public_benchmark");
		}
		ConnectionProvider connections = ConnectionProvider.builder("instance")
			.maxConnections(inFlight * 2)
			.pendingAcquireMaxCount(-1)
			.build();
		ImageKitOperations imageKit = ImageKitClient.builder()
			.privateKey(Clients.PRIVATE_KEY)
			.apiBaseUrl(baseUrl)
			.uploadBaseUrl(baseUrl)
			.httpClientCustomizer((ignored) -> HttpClient.create(connections).responseTimeout(Duration.ofSeconds(10)))
			.resilience(resilience.build())
			.build();
		long warmUpEnd = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		Flux.range(0, inFlight)
			.flatMap((i) -> Mono.defer(() -> imageKit.files().get("abc")).repeat(() -> System.nanoTime() < warmUpEnd),
					inFlight)
			.blockLast();
		System.out.println("READY");
		new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		AtomicLong ok = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		Flux.range(0, inFlight)
			.flatMap((caller) -> Mono.defer(() -> imageKit.files().get("abc"))
				.doOnNext((file) -> ok.incrementAndGet())
				.then()
				.onErrorResume((ex) -> {
					failed.incrementAndGet();
					System.err.println(ex);
					return Mono.empty();
				})
				.repeat(() -> System.nanoTime() < end), inFlight)
			.blockLast();
		if (store != null) {
			System.out.println("store: " + store.state());
		}
		System.out.println("RESULT " + ok.get() + " " + failed.get() + " "
				+ ((store != null) ? store.state().errors() : 0));
		if (store != null) {
			store.close();
		}
		connections.disposeLater().block();
	}

}
