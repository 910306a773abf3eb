package io.github.imagekitspring.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.blockhound.BlockHound;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many calls at high concurrency against the emulator, with Netty's leak detector at paranoid level (every buffer
 * tracked): no leak report, no failed call (so no exhausted connection pool), and the heap back near where it
 * started. 2,000 calls in the normal suite; the full soak, with BlockHound installed, runs on demand:
 * {@code ./mvnw -B -ntp -pl imagekit-spring-boot-autoconfigure -am test-compile surefire:test -Dtest=SoakTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsoak=100000} (only the suite's own Surefire execution: the soak logs
 * too little for the log-secrets check that follows the whole suite).
 */
class SoakTests {

	private static final int CALLS = Integer.getInteger("soak", 2_000);

	private static final int CONCURRENCY = 256;

	/** Heap growth tolerated after a full GC: a few MB of caches (meters, pools) warm up, no per-call growth. */
	private static final long HEAP_SLACK_BYTES = 48L * 1024 * 1024;

	private static final LeakCounter leaks = new LeakCounter();

	private static ResourceLeakDetector.Level levelBefore;

	private static ImageKitEmulator emulator;

	/** The suite logs every call at TRACE to scan it for secrets; for this many calls that is the whole cost. */
	private static final List<String> QUIET = List.of("io.github.imagekitspring", "org.springframework",
			"reactor.netty", "io.github.resilience4j");

	private static final Map<String, Level> levelsBefore = new ConcurrentHashMap<>();

	@BeforeAll
	static void paranoidLeakDetection() {
		if (System.getProperty("soak") != null) {
			// The full soak runs alone in its JVM: BlockHound fails any call that blocks a non-blocking thread, the
			// client's or the emulator's, with the allowed calls of the client's test jar.
			BlockHound.install();
		}
		levelBefore = ResourceLeakDetector.getLevel();
		ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
		leaks.start();
		leakLogger().addAppender(leaks);
		// Every logger given a level of its own (logback-test.xml sets some at TRACE), not only the parents.
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		for (Logger logger : context.getLoggerList()) {
			if (logger.getLevel() != null && QUIET.stream().anyMatch(logger.getName()::startsWith)) {
				levelsBefore.put(logger.getName(), logger.getLevel());
				logger.setLevel(Level.WARN);
			}
		}
		for (String name : QUIET) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			levelsBefore.putIfAbsent(name, (logger.getLevel() != null) ? logger.getLevel() : Level.INFO);
			logger.setLevel(Level.WARN);
		}
		emulator = ImageKitEmulator.builder().port(0).build().start();
	}

	@AfterAll
	static void restore() {
		emulator.close();
		leakLogger().detachAppender(leaks);
		leaks.stop();
		levelsBefore.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
		ResourceLeakDetector.setLevel(levelBefore);
	}

	private static Logger leakLogger() {
		return (Logger) LoggerFactory.getLogger(ResourceLeakDetector.class);
	}

	@Test
	void callsAtHighConcurrencyLeakNothingAndAllSucceed() {
		ImageKitOperations imageKit = ImageKitClient.builder()
			.privateKey(emulator.privateKey())
			.apiBaseUrl(emulator.baseUrl())
			.uploadBaseUrl(emulator.baseUrl())
			.build();
		UploadResult uploaded = imageKit.uploads()
			.upload(UploadSource.of(new byte[] { 1, 2, 3, 4 }), UploadRequest.builder("soak.jpg").build())
			.block(Duration.ofSeconds(30));
		String fileId = ((UploadedFile) uploaded).fileId();
		// Warm up pools, caches and JIT before the heap is measured.
		run(imageKit, fileId, 2 * CONCURRENCY);
		long heapBefore = usedHeapAfterGc();
		long start = System.nanoTime();

		Map<String, AtomicInteger> failures = run(imageKit, fileId, CALLS);

		Duration took = Duration.ofNanos(System.nanoTime() - start);
		emulator.clearRequestLog();
		long heapAfter = usedHeapAfterGc();
		// Leaks are reported when a later buffer is tracked after the leaked one was collected.
		run(imageKit, fileId, CONCURRENCY);
		System.out.printf("SOAK calls=%d concurrency=%d failures=%s leaks=%d heapBefore=%dMiB heapAfter=%dMiB "
				+ "took=%ds (%.0f calls/s)%n", CALLS, CONCURRENCY, failures, leaks.count(), heapBefore >> 20,
				heapAfter >> 20, took.toSeconds(), CALLS / (took.toMillis() / 1000.0));
		assertThat(failures).as("failed calls by exception").isEmpty();
		assertThat(leaks.count()).as("LEAK reports: " + leaks.first()).isZero();
		assertThat(heapAfter).as("heap after a full GC").isLessThan(heapBefore + HEAP_SLACK_BYTES);
	}

	/** Reads and lists and tag writes, {@code CONCURRENCY} in flight; failures counted by exception type. */
	private static Map<String, AtomicInteger> run(ImageKitOperations imageKit, String fileId, int calls) {
		Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
		Flux.range(0, calls).flatMap((i) -> call(imageKit, fileId, i).then()
			.onErrorResume((ex) -> {
				failures.computeIfAbsent(ex.getClass().getSimpleName(), (key) -> new AtomicInteger()).incrementAndGet();
				return Mono.empty();
			}), CONCURRENCY).blockLast(Duration.ofMinutes(30));
		return failures;
	}

	private static Mono<?> call(ImageKitOperations imageKit, String fileId, int i) {
		switch (i % 4) {
			case 0:
				return imageKit.files().list(ListFilesRequest.builder().limit(10).build());
			case 1:
				return imageKit.files().addTags(List.of(fileId), List.of("soak"));
			default:
				return imageKit.files().get(fileId);
		}
	}

	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	/** Counts Netty's "LEAK:" reports, which it logs at error level. */
	private static final class LeakCounter extends AppenderBase<ILoggingEvent> {

		private final AtomicLong count = new AtomicLong();

		private volatile String first = "none";

		@Override
		protected void append(ILoggingEvent event) {
			if (event.getFormattedMessage().contains("LEAK:")) {
				if (this.count.getAndIncrement() == 0) {
					this.first = event.getFormattedMessage();
				}
			}
		}

		long count() {
			return this.count.get();
		}

		String first() {
			return this.first;
		}

	}

}
