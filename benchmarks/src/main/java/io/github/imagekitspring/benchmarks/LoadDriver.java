package io.github.imagekitspring.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps a fixed number of calls in flight for a while: each caller starts its next call when the previous one
 * completes. Records every call's latency.
 */
final class LoadDriver {

	/** Latencies beyond this many calls per run are not recorded (far above what loopback on 2 cores gives). */
	private static final int MAX_RECORDED = 2_000_000;

	private LoadDriver() {
	}

	static Result run(int concurrency, Duration duration, Supplier<? extends Mono<?>> call) {
		long[] latencies = new long[MAX_RECORDED];
		AtomicInteger recorded = new AtomicInteger();
		AtomicLong errors = new AtomicLong();
		long started = System.nanoTime();
		long end = started + duration.toNanos();
		Flux.range(0, concurrency).flatMap((caller) -> Mono.defer(() -> {
			long callStarted = System.nanoTime();
			return call.get().then(Mono.fromRunnable(() -> {
				int slot = recorded.getAndIncrement();
				if (slot < MAX_RECORDED) {
					latencies[slot] = System.nanoTime() - callStarted;
				}
			})).onErrorResume((ex) -> {
				if (errors.getAndIncrement() == 0) {
					System.err.println("first error: " + ex);
				}
				return Mono.empty();
			});
		}).repeat(() -> System.nanoTime() < end), concurrency).blockLast();
		double seconds = (System.nanoTime() - started) / 1e9;
		int count = Math.min(recorded.get(), MAX_RECORDED);
		long[] sorted = Arrays.copyOf(latencies, count);
		Arrays.sort(sorted);
		return new Result(recorded.get(), errors.get(), seconds, percentileMs(sorted, 0.50),
				percentileMs(sorted, 0.99));
	}

	private static double percentileMs(long[] sorted, double percentile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	/**
	 * One run's figures.
	 * @param calls calls that succeeded
	 * @param errors calls that failed
	 * @param seconds how long the run took, until the last call completed
	 * @param p50Ms median latency of the successful calls
	 * @param p99Ms 99th percentile latency of the successful calls
	 */
	record Result(long calls, long errors, double seconds, double p50Ms, double p99Ms) {

		double callsPerSecond() {
			return this.calls / this.seconds;
		}

	}

}
