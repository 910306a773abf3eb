package io.github.imagekitspring.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.imagekitspring.ImageKitOperations;

/**
 * Per-call overhead of the client: {@code files().get(..)} through {@link ImageKitOperations} (observed, retries
 * and rate limiting on) against the same request through a bare {@link WebClient}, both on a
 * {@link FileDetailsServer} on loopback, at 1 and 64 calls in flight. The two run in turns in this one JVM, the
 * order swapped every round, so that the machine's load falls on both alike; the figures are medians over the
 * rounds and the ratio is the median of the rounds' ratios.
 *
 * <p>Arguments, all optional: rounds (5), seconds per run (3), warm-up seconds per variant (5).
 */
public final class OverheadBenchmark {

	private static final String FILE_ID = "598821f949c0a938d57563bd";

	private static final int[] CONCURRENCY = { 1, 64 };

	private OverheadBenchmark() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		Duration run = Duration.ofSeconds((args.length > 1) ? Long.parseLong(args[1]) : 3);
		Duration warmUp = Duration.ofSeconds((args.length > 2) ? Long.parseLong(args[2]) : 5);
		System.out.printf(Locale.ROOT, "%s, %d cores, load average %s; %d rounds of %d s per variant%n",
				Instant.now(), Runtime.getRuntime().availableProcessors(), Stats.loadAverage(), rounds,
				run.toSeconds());
		ConnectionProvider ourConnections = Clients.connections("ours", 64);
		ConnectionProvider rawConnections = Clients.connections("raw", 64);
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		try (FileDetailsServer server = new FileDetailsServer()) {
			ImageKitOperations imageKit = Clients.observedClient(server.baseUrl(), Clients.PRIVATE_KEY,
					ourConnections, meters);
			WebClient webClient = Clients.rawWebClient(server.baseUrl(), Clients.PRIVATE_KEY, rawConnections);
			Variant ours = new Variant("ImageKitOperations", () -> imageKit.files().get(FILE_ID));
			Variant raw = new Variant("raw WebClient", () -> Clients.rawDetails(webClient, FILE_ID));
			LoadDriver.run(64, warmUp, raw.call);
			LoadDriver.run(64, warmUp, ours.call);
			List<String> rows = new ArrayList<>();
			for (int concurrency : CONCURRENCY) {
				List<LoadDriver.Result> rawRuns = new ArrayList<>();
				List<LoadDriver.Result> ourRuns = new ArrayList<>();
				List<Double> ratios = new ArrayList<>();
				for (int round = 0; round < rounds; round++) {
					LoadDriver.Result rawResult;
					LoadDriver.Result ourResult;
					if (round % 2 == 0) {
						rawResult = LoadDriver.run(concurrency, run, raw.call);
						ourResult = LoadDriver.run(concurrency, run, ours.call);
					}
					else {
						ourResult = LoadDriver.run(concurrency, run, ours.call);
						rawResult = LoadDriver.run(concurrency, run, raw.call);
					}
					rawRuns.add(rawResult);
					ourRuns.add(ourResult);
					ratios.add(ourResult.callsPerSecond() / rawResult.callsPerSecond());
					System.out.printf(Locale.ROOT, "concurrency %d, round %d: raw %.0f/s, ours %.0f/s, ratio %.3f, "
							+ "load %s%n", concurrency, round + 1, rawResult.callsPerSecond(),
							ourResult.callsPerSecond(), ratios.get(round), Stats.loadAverage());
				}
				double ratio = Stats.median(ratios, Double::doubleValue);
				rows.add(row(concurrency, raw.name, rawRuns, "1 (baseline)"));
				rows.add(row(concurrency, ours.name, ourRuns, String.format(Locale.ROOT, "**%.3f** (rounds: %s)",
						ratio, Stats.formatAll(ratios, "%.3f"))));
			}
			System.out.printf(Locale.ROOT, "%nload average at the end: %s; calls observed into the meter registry: %d%n%n",
					Stats.loadAverage(), meters.find("imagekit.client.requests").timers().stream()
						.mapToLong(Timer::count).sum());
			System.out.println("| in flight | variant | calls/s (median) | p50 ms | p99 ms | errors | throughput ratio "
					+ "ours/raw (median) |");
			System.out.println("|---|---|---|---|---|---|---|");
			rows.forEach(System.out::println);
		}
		finally {
			ourConnections.disposeLater().block();
			rawConnections.disposeLater().block();
		}
	}

	private static String row(int concurrency, String name, List<LoadDriver.Result> runs, String ratio) {
		long errors = runs.stream().mapToLong(LoadDriver.Result::errors).sum();
		return String.format(Locale.ROOT, "| %d | %s | %.0f | %.2f | %.2f | %d | %s |", concurrency, name,
				Stats.median(runs, LoadDriver.Result::callsPerSecond), Stats.median(runs, LoadDriver.Result::p50Ms),
				Stats.median(runs, LoadDriver.Result::p99Ms), errors, ratio);
	}

	private record Variant(String name, Supplier<Mono<?>> call) {
	}

}
