package io.github.imagekitspring.benchmarks;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.ImageKitRateLimitedLocallyException;
import io.github.imagekitspring.errors.RateLimitException;
import io.github.imagekitspring.resilience.ImageKitResilience;

/**
 * How close the client gets to a server's rate limit without being refused: many concurrent callers against a
 * {@link FixedWindowServer}, with the 429-driven rate limiter on, then off (retries on in both). Prints, per run,
 * the successful calls per window as a share of the limit and the share of 429 answers, both after the first
 * window, which is where the client learns the limit, and the 429 share once it has lined up with the server.
 *
 * <p>Arguments, all optional: limit per interval (50), interval in ms (1000), run length in s (12), callers (64).
 */
public final class RateLimitBenchmark {

	/** A second figure leaves out the windows where the client is still lining up with the server. */
	private static final int STEADY_FROM = 5;

	private RateLimitBenchmark() {
	}

	public static void main(String[] args) {
		int limit = (args.length > 0) ? Integer.parseInt(args[0]) : 50;
		long intervalMs = (args.length > 1) ? Long.parseLong(args[1]) : 1000;
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 12;
		int callers = (args.length > 3) ? Integer.parseInt(args[3]) : 64;
		System.out.printf(Locale.ROOT, "limit %d per %d ms, %d callers, %d s per run, %d cores%n", limit, intervalMs,
				callers, seconds, Runtime.getRuntime().availableProcessors());
		System.out.println("| run | windows | success/limit mean | min | max | 429 share | 429 share from window "
				+ STEADY_FROM + " | failed calls | local throttles | per window from 0 (200s/429s) |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|");
		run("adaptive (limiter on, retry on)", true, limit, intervalMs, seconds, callers);
		run("limiter off, retry on", false, limit, intervalMs, seconds, callers);
	}

	private static void run(String name, boolean limiter, int limit, long intervalMs, int seconds, int callers) {
		int windows = (int) (seconds * 1000L / intervalMs);
		ConnectionProvider connections = ConnectionProvider.builder("benchmark")
			.maxConnections(callers * 2)
			.pendingAcquireMaxCount(-1)
			.build();
		try (FixedWindowServer server = new FixedWindowServer(limit, intervalMs, windows + 4)) {
			ImageKitOperations imageKit = ImageKitClient.builder()
				.privateKey("private_benchmark")
				.apiBaseUrl(server.baseUrl())
				.uploadBaseUrl(server.baseUrl())
				.httpClientCustomizer((ignored) -> HttpClient.create(connections)
					.responseTimeout(Duration.ofSeconds(10)))
				.resilience(ImageKitResilience.builder().rateLimitEnabled(limiter).build())
				.build();
			// Warm-up, not counted by the server: class loading, connections.
			Flux.range(0, callers).flatMap((i) -> imageKit.files().get("abc"), callers).blockLast();
			server.start();
			AtomicLong failed = new AtomicLong();
			AtomicLong localThrottles = new AtomicLong();
			long end = System.nanoTime() + seconds * 1_000_000_000L;
			Flux.range(0, callers)
				.flatMap((caller) -> Mono.defer(() -> imageKit.files().get("abc"))
					.then()
					.onErrorResume((ex) -> {
						if (ex instanceof ImageKitRateLimitedLocallyException) {
							localThrottles.incrementAndGet();
						}
						else if (!(ex instanceof RateLimitException)) {
							System.err.println(ex);
						}
						failed.incrementAndGet();
						return Mono.empty();
					})
					.repeat(() -> System.nanoTime() < end), callers)
				.blockLast();
			// Windows 1 .. n-1: the first is for learning, the last one is cut short by the end of the run.
			int last = Math.min(windows, server.currentWindow()) - 1;
			long accepted = 0;
			long refused = 0;
			int min = Integer.MAX_VALUE;
			int max = 0;
			for (int window = 1; window < last; window++) {
				accepted += server.accepted(window);
				refused += server.refused(window);
				min = Math.min(min, server.accepted(window));
				max = Math.max(max, server.accepted(window));
			}
			int counted = last - 1;
			StringBuilder perWindow = new StringBuilder();
			long lateAccepted = 0;
			long lateRefused = 0;
			for (int window = 0; window <= last; window++) {
				perWindow.append(' ').append(server.accepted(window)).append('/').append(server.refused(window));
				if (window >= STEADY_FROM && window < last) {
					lateAccepted += server.accepted(window);
					lateRefused += server.refused(window);
				}
			}
			String steady = String.format(Locale.ROOT, "%.2f %%",
					100.0 * lateRefused / Math.max(1, lateAccepted + lateRefused));
			System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.2f | %.2f | %.2f %% | %s | %d | %d |%s |%n", name,
					counted, (double) accepted / counted / limit, (double) min / limit, (double) max / limit,
					100.0 * refused / Math.max(1, accepted + refused), steady, failed.get(), localThrottles.get(),
					perWindow);
		}
		finally {
			connections.disposeLater().block();
		}
	}

}
