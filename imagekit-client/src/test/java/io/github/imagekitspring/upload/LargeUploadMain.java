package io.github.imagekitspring.upload;

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

import io.github.imagekitspring.ImageKitClient;

/**
 * Uploads one file through the public API and reports the memory it took; {@link LargeUploadMemoryTests} runs it in
 * a JVM with a heap far smaller than the file. Prints one {@code RESULT name=value ...} line and exits 0 when the
 * upload succeeded.
 */
public final class LargeUploadMain {

	private LargeUploadMain() {
	}

	/**
	 * Upload a file.
	 * @param args the file, the upload base URL, and the source kind: {@code path} or {@code stream}
	 * @throws Exception if the upload fails
	 */
	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		String kind = args[2];
		ImageKitClient client = ImageKitClient.builder()
			.privateKey("private_memory_test")
			.uploadBaseUrl(args[1])
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		UploadSource source = kind.equals("path") ? UploadSource.of(file)
				: UploadSource.fromInputStream(() -> Files.newInputStream(file));
		MemorySampler sampler = new MemorySampler();
		ScheduledExecutorService sampling = Executors.newSingleThreadScheduledExecutor();
		sampling.scheduleAtFixedRate(sampler, 0, 5, TimeUnit.MILLISECONDS);
		long started = System.nanoTime();
		UploadResult result = client.uploads()
			.upload(source, UploadRequest.builder(file.getFileName().toString()).build())
			.block(Duration.ofSeconds(120));
		long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		sampling.shutdown();
		sampling.awaitTermination(1, TimeUnit.SECONDS);
		sampler.run();
		System.out.println("RESULT kind=" + kind + " fileId=" + ((UploadedFile) result).fileId() + " millis="
				+ millis + " maxHeap=" + Runtime.getRuntime().maxMemory() + " peakHeapUsed=" + sampler.peakHeap
				+ " peakHeapAfterGc=" + sampler.peakHeapAfterGc + " peakDirect=" + sampler.peakDirect);
		System.exit(0);
	}

	/**
	 * Keeps the peaks of heap use (garbage included), heap use right after a collection (the live data) and
	 * direct-buffer use (what Netty holds off the heap).
	 */
	private static final class MemorySampler implements Runnable {

		private final AtomicLong peakHeap = new AtomicLong();

		private final AtomicLong peakHeapAfterGc = new AtomicLong();

		private final AtomicLong peakDirect = new AtomicLong();

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
			this.peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
					Math::max);
			long afterGc = 0;
			for (MemoryPoolMXBean pool : this.heapPools) {
				MemoryUsage usage = pool.getCollectionUsage();
				afterGc += (usage != null) ? usage.getUsed() : 0;
			}
			this.peakHeapAfterGc.accumulateAndGet(afterGc, Math::max);
			long direct = this.directPools.stream().mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
			// Netty may allocate direct memory that the JDK's pool does not see; take the larger.
			this.peakDirect.accumulateAndGet(Math.max(direct, PlatformDependent.usedDirectMemory()), Math::max);
		}

	}

}
