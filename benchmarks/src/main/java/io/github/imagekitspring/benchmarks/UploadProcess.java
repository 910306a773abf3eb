package io.github.imagekitspring.benchmarks;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.util.internal.PlatformDependent;
import reactor.core.publisher.Mono;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;

/**
 * One upload of a file in a JVM of its own (started by {@link UploadBenchmark} with {@code -Xmx64m}): through our
 * client ({@code ours}) or as a streamed multipart POST with a bare {@link WebClient} ({@code raw}). Prints one line
 * {@code RESULT millis=.. peakHeapUsed=.. peakHeapAfterGc=.. peakDirect=.. vmHwmKb=..} and exits 0 if the upload
 * succeeded.
 */
public final class UploadProcess {

	private UploadProcess() {
	}

	/**
	 * Upload a file.
	 * @param args {@code ours} or {@code raw}, the file, the upload base URL
	 * @throws Exception if the upload fails
	 */
	public static void main(String[] args) throws Exception {
		String variant = args[0];
		Path file = Path.of(args[1]);
		String baseUrl = args[2];
		Mono<?> upload = variant.equals("ours") ? ours(file, baseUrl) : raw(file, baseUrl);
		MemoryPeaks peaks = new MemoryPeaks();
		ScheduledExecutorService sampling = Executors.newSingleThreadScheduledExecutor();
		sampling.scheduleAtFixedRate(peaks, 0, 5, TimeUnit.MILLISECONDS);
		long started = System.nanoTime();
		upload.block(Duration.ofSeconds(150));
		long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		sampling.shutdown();
		sampling.awaitTermination(1, TimeUnit.SECONDS);
		peaks.run();
		System.out.println("RESULT millis=" + millis + " peakHeapUsed=" + peaks.heap + " peakHeapAfterGc="
				+ peaks.heapAfterGc + " peakDirect=" + peaks.direct + " vmHwmKb=" + vmHwmKb());
		System.exit(0);
	}

	private static Mono<?> ours(Path file, String baseUrl) {
		ImageKitClient client = ImageKitClient.builder()
			.privateKey(Clients.PRIVATE_KEY)
			.apiBaseUrl(baseUrl)
			.uploadBaseUrl(baseUrl)
			.responseTimeout(Duration.ofSeconds(120))
			.build();
		return client.uploads()
			.upload(UploadSource.of(file), UploadRequest.builder(file.getFileName().toString()).build());
	}

	private static Mono<?> raw(Path file, String baseUrl) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", new FileSystemResource(file));
		parts.part("fileName", file.getFileName().toString());
		return WebClient.builder()
			.baseUrl(baseUrl)
			.defaultHeaders((headers) -> headers.setBasicAuth(Clients.PRIVATE_KEY, ""))
			.build()
			.post()
			.uri("/api/v1/files/upload")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.retrieve()
			.bodyToMono(String.class);
	}

	/** The peak resident set size of this process so far, from {@code /proc/self/status}. */
	static long vmHwmKb() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmHWM:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		return -1;
	}

	/**
	 * Keeps the peaks of heap use (garbage included), heap use right after a collection (the live data) and
	 * direct-buffer use (what Netty holds off the heap).
	 */
	private static final class MemoryPeaks implements Runnable {

		private final AtomicLong heap = new AtomicLong();

		private final AtomicLong heapAfterGc = new AtomicLong();

		private final AtomicLong direct = new AtomicLong();

		private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
			.toList();

		private final List<BufferPoolMXBean> directPools = ManagementFactory
			.getPlatformMXBeans(BufferPoolMXBean.class)
			.stream()
			.filter((pool) -> pool.getName().equals("direct"))
			.toList();

		@Override
		public void run() {
			this.heap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
			long afterGc = 0;
			for (MemoryPoolMXBean pool : this.heapPools) {
				MemoryUsage usage = pool.getCollectionUsage();
				afterGc += (usage != null) ? usage.getUsed() : 0;
			}
			this.heapAfterGc.accumulateAndGet(afterGc, Math::max);
			long used = this.directPools.stream().mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
			// Netty may allocate direct memory that the JDK's pool does not see; take the larger.
			this.direct.accumulateAndGet(Math.max(used, PlatformDependent.usedDirectMemory()), Math::max);
		}

	}

}
