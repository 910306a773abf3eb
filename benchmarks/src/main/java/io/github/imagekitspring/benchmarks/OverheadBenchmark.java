package io.github.imagekitspring.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.resilience.redis.RedisRateLimitStore;

/**
 * Per-call overhead of the client: {@code files().get(..)} through {@link ImageKitOperations} (observed into a meter
 * registry, retries and rate limiting on) against the same request through a bare {@link WebClient}, both on a
 * {@link FileDetailsServer} on loopback, at 1 and 64 calls in flight. Three more variants of our client, with only
 * observation, only resilience, and neither, show where the cost lies. The variants run in turns in this one JVM, the order rotated every
 * round, so that the machine's load falls on all alike; the figures are medians over the rounds and the ratios are
 * the medians of the rounds' ratios.
 *
 * <p>Arguments, all optional: rounds (5), seconds per run (2), warm-up seconds per variant (8: on a loaded 2-core
 * machine the JIT takes that long to compile the client's code), a Redis URL: with it, one more variant counts its
 * rate limits in that Redis ({@code imagekit.rate-limit.store=redis}).
 */
public final class OverheadBenchmark {

	private static final String FILE_ID = "598821f949c0a938d57563bd";

	private static final int[] CONCURRENCY = { 1, 64 };

	private OverheadBenchmark() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		Duration run = Duration.ofSeconds((args.length > 1) ? Long.parseLong(args[1]) : 2);
		Duration warmUp = Duration.ofSeconds((args.length > 2) ? Long.parseLong(args[2]) : 8);
		RedisRateLimitStore store = (args.length > 3) ? RedisRateLimitStore.create(RedisURI.create(args[3]),
				"benchmark:" + UUID.randomUUID() + ":", Duration.ofSeconds(1)) : null;
		System.out.printf(Locale.ROOT, "%s, %d cores, load average %s; %d rounds of %d s per variant%n",
				Instant.now(), Runtime.getRuntime().availableProcessors(), Stats.loadAverage(), rounds,
				run.toSeconds());
		List<ConnectionProvider> pools = new ArrayList<>();
		for (int pool = 0; pool < 6; pool++) {
			pools.add(Clients.connections("variant-" + pool, 64));
		}
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		try (FileDetailsServer server = new FileDetailsServer()) {
			WebClient webClient = Clients.rawWebClient(server.baseUrl(), Clients.PRIVATE_KEY, pools.get(0));
			ImageKitOperations imageKit = Clients.client(server.baseUrl(), Clients.PRIVATE_KEY, pools.get(1), meters,
					true);
			ImageKitOperations observedOnly = Clients.client(server.baseUrl(), Clients.PRIVATE_KEY, pools.get(2),
					new SimpleMeterRegistry(), false);
			ImageKitOperations resilientOnly = Clients.client(server.baseUrl(), Clients.PRIVATE_KEY, pools.get(3),
					null, true);
			ImageKitOperations bare = Clients.client(server.baseUrl(), Clients.PRIVATE_KEY, pools.get(4), null,
					false);
			List<Variant> variants = new ArrayList<>(List.of(
					new Variant("raw WebClient", () -> Clients.rawDetails(webClient, FILE_ID)),
					new Variant("**ImageKitOperations (observation + resilience on)**",
							() -> imageKit.files().get(FILE_ID)),
					new Variant("ours, observation only (for comparison)", () -> observedOnly.files().get(FILE_ID)),
					new Variant("ours, resilience only (for comparison)", () -> resilientOnly.files().get(FILE_ID)),
					new Variant("ours, both off (for comparison)", () -> bare.files().get(FILE_ID))));
			if (store != null) {
				ImageKitOperations shared = Clients.client(server.baseUrl(), Clients.PRIVATE_KEY, pools.get(5), meters,
						// A window declared far above what the server sees, so that every call takes a permit in Redis.
						ImageKitResilience.builder()
							.endpointLimit("files.get", new ImageKitResilience.EndpointLimit(1_000_000, Duration.ofSeconds(1)))
							.rateLimitStore(store, (account) -> "public_benchmark")
							.build());
				variants.add(new Variant("**ImageKitOperations, rate limits in Redis (store=redis)**",
						() -> shared.files().get(FILE_ID)));
			}
			variants.forEach((variant) -> LoadDriver.run(64, warmUp, variant.call));
			List<String> rows = new ArrayList<>();
			for (int concurrency : CONCURRENCY) {
				List<List<LoadDriver.Result>> results = new ArrayList<>();
				variants.forEach((variant) -> results.add(new ArrayList<>()));
				for (int round = 0; round < rounds; round++) {
					for (int turn = 0; turn < variants.size(); turn++) {
						int index = (round + turn) % variants.size();
						results.get(index).add(LoadDriver.run(concurrency, run, variants.get(index).call));
					}
					StringBuilder line = new StringBuilder();
					for (int index = 0; index < variants.size(); index++) {
						line.append(String.format(Locale.ROOT, " %.0f/s", results.get(index).get(round).callsPerSecond()));
					}
					System.out.printf(Locale.ROOT, "%d in flight, round %d:%s, load %s%n", concurrency, round + 1, line,
							Stats.loadAverage());
				}
				for (int index = 0; index < variants.size(); index++) {
					rows.add(row(concurrency, variants.get(index).name, results.get(index), results.get(0)));
				}
			}
			System.out.printf(Locale.ROOT, "%nload average at the end: %s; calls observed into the meter registry: %d%n%n",
					Stats.loadAverage(), meters.find("imagekit.client.requests").timers().stream()
						.mapToLong(Timer::count).sum());
			System.out.println("| in flight | variant | calls/s (median) | p50 ms | p99 ms | errors | throughput ratio "
					+ "to raw (median of rounds) | ratio per round |");
			System.out.println("|---|---|---|---|---|---|---|---|");
			rows.forEach(System.out::println);
		}
		finally {
			pools.forEach((pool) -> pool.disposeLater().block());
			if (store != null) {
				System.out.println("Redis store: " + store.state());
				store.close();
			}
		}
	}

	private static String row(int concurrency, String name, List<LoadDriver.Result> runs,
			List<LoadDriver.Result> rawRuns) {
		List<Double> ratios = new ArrayList<>();
		for (int round = 0; round < runs.size(); round++) {
			ratios.add(runs.get(round).callsPerSecond() / rawRuns.get(round).callsPerSecond());
		}
		long errors = runs.stream().mapToLong(LoadDriver.Result::errors).sum();
		return String.format(Locale.ROOT, "| %d | %s | %.0f | %.2f | %.2f | %d | **%.3f** | %s |", concurrency, name,
				Stats.median(runs, LoadDriver.Result::callsPerSecond), Stats.median(runs, LoadDriver.Result::p50Ms),
				Stats.median(runs, LoadDriver.Result::p99Ms), errors, Stats.median(ratios, Double::doubleValue),
				Stats.formatAll(ratios, "%.2f"));
	}

	private record Variant(String name, Supplier<Mono<?>> call) {
	}

}
