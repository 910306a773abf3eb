package io.github.imagekitspring.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Goodput against an account-wide rate limit shared by several application instances: an
 * {@link AccountWindowServer} enforcing fixed windows (20 per second; then 20 per second with 120 per 10 seconds)
 * for 1 or 4 {@link AccountLimitProcess} JVMs, each keeping calls in flight, counting locally or in Redis. Prints,
 * per run, the accepted calls as a share of what the windows allow and the share of 429 answers, both after the
 * first (longest) window, and the calls that failed.
 *
 * <p>Arguments: seconds per run (30), calls in flight per process (16), Redis URL (runs with Redis are left out
 * without it), {@code redis-only} to run only those.
 */
public final class AccountLimitBenchmark {

	private AccountLimitBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 30;
		int inFlight = (args.length > 1) ? Integer.parseInt(args[1]) : 16;
		String redis = (args.length > 2) ? args[2] : null;
		boolean redisOnly = args.length > 3 && "redis-only".equals(args[3]);
		System.out.printf(Locale.ROOT, "%s, %d cores, load average %s; %d s per run, %d in flight per process%n",
				Instant.now(), Runtime.getRuntime().availableProcessors(), Stats.loadAverage(), seconds, inFlight);
		List<String> rows = new ArrayList<>();
		for (long[][] windows : List.of(new long[][] { { 20, 1000 } }, new long[][] { { 20, 1000 }, { 120, 10000 } })) {
			if (!redisOnly) {
				rows.add(run(windows, 1, null, seconds, inFlight));
			}
			if (redis != null) {
				rows.add(run(windows, 4, redis, seconds, inFlight));
			}
			if (!redisOnly) {
				rows.add(run(windows, 4, null, seconds, inFlight));
			}
		}
		System.out.printf(Locale.ROOT, "%nload average at the end: %s%n%n", Stats.loadAverage());
		System.out.println("| server windows | processes | store | calls in flight | accepted / allowed after the "
				+ "first window | 429 share after the first window | failed calls | calls per process | 429s in the "
				+ "first window |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		rows.forEach(System.out::println);
	}

	private static String run(long[][] windows, int processes, String redis, int seconds, int inFlight)
			throws Exception {
		String name = describe(windows);
		String store = (redis != null) ? "redis" : "local";
		try (AccountWindowServer server = new AccountWindowServer(seconds, windows)) {
			String prefix = "benchmark:" + UUID.randomUUID() + ":";
			List<Process> started = new ArrayList<>();
			List<BufferedReader> outputs = new ArrayList<>();
			for (int i = 0; i < processes; i++) {
				List<String> command = new ArrayList<>(ResultLine.java("256m", AccountLimitProcess.class,
						server.baseUrl(), String.valueOf(inFlight), String.valueOf(seconds),
						(redis != null) ? redis : "local", prefix));
				Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
				started.add(process);
				outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
			}
			for (BufferedReader output : outputs) {
				await(output, "READY");
			}
			server.start();
			for (Process process : started) {
				OutputStream input = process.getOutputStream();
				input.write('\n');
				input.flush();
			}
			List<CompletableFuture<String>> results = new ArrayList<>();
			for (BufferedReader output : outputs) {
				results.add(CompletableFuture.supplyAsync(() -> await(output, "RESULT")));
			}
			long ok = 0;
			long failed = 0;
			long redisErrors = 0;
			StringBuilder perProcess = new StringBuilder();
			for (CompletableFuture<String> result : results) {
				String[] parts = result.get(seconds + 120L, TimeUnit.SECONDS).split(" ");
				ok += Long.parseLong(parts[1]);
				failed += Long.parseLong(parts[2]);
				redisErrors += Long.parseLong(parts[3]);
				perProcess.append(perProcess.isEmpty() ? "" : " ").append(parts[1]);
			}
			for (Process process : started) {
				process.waitFor(30, TimeUnit.SECONDS);
				process.destroy();
			}
			int from = (int) (windows[windows.length - 1][1] / 1000);
			long accepted = 0;
			long refused = 0;
			long refusedFirst = 0;
			StringBuilder perSecond = new StringBuilder();
			for (int second = 0; second < seconds; second++) {
				perSecond.append(' ').append(server.accepted(second)).append('/').append(server.refused(second));
				if (second < from) {
					refusedFirst += server.refused(second);
				}
				else {
					accepted += server.accepted(second);
					refused += server.refused(second);
				}
			}
			double allowed = allowed(windows, from, seconds);
			System.out.printf(Locale.ROOT, "%s, %d x %s: ok %d, failed %d, Redis errors %d; per second (200/429):%s%n",
					name, processes, store, ok, failed, redisErrors, perSecond);
			return String.format(Locale.ROOT, "| %s | %d | %s | %d each | **%.3f** (%d / %.0f) | **%.2f %%** | %d | %s | %d |",
					name, processes, store, inFlight, accepted / allowed, accepted, allowed,
					100.0 * refused / Math.max(1, accepted + refused), failed, perProcess, refusedFirst);
		}
	}

	/** What the windows allow from second {@code from} to {@code to}, both on whole longest windows. */
	private static double allowed(long[][] windows, int from, int to) {
		double perSecond = Double.MAX_VALUE;
		for (long[] window : windows) {
			perSecond = Math.min(perSecond, window[0] * 1000.0 / window[1]);
		}
		return perSecond * (to - from);
	}

	private static String describe(long[][] windows) {
		StringBuilder text = new StringBuilder();
		for (long[] window : windows) {
			text.append(text.isEmpty() ? "" : " + ").append(window[0]).append('/').append(window[1] / 1000).append(" s");
		}
		return text.toString();
	}

	private static String await(BufferedReader output, String prefix) {
		try {
			String line;
			while ((line = output.readLine()) != null) {
				if (line.startsWith(prefix)) {
					return line;
				}
				System.out.println("  | " + line);
			}
			throw new IllegalStateException("a process ended before " + prefix);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
