package io.github.imagekitspring.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Uploads a 1 GiB sparse file to an {@link UploadSink} on loopback, each upload from a JVM of its own capped at
 * {@code -Xmx64m} ({@link UploadProcess}): through our client, and as a streamed multipart POST with a bare
 * WebClient, in turns (order swapped every round). Reports the median throughput, their ratio, and the peaks of
 * heap, direct memory and resident set size of the uploading JVMs.
 *
 * <p>Arguments, all optional: rounds (3), file size in MiB (1024).
 */
public final class UploadBenchmark {

	static final String MAX_HEAP = "64m";

	private UploadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 3;
		long mib = (args.length > 1) ? Long.parseLong(args[1]) : 1024;
		System.out.printf(Locale.ROOT, "%s, %d cores, load average %s; %d MiB sparse file, -Xmx%s, %d rounds%n",
				Instant.now(), Runtime.getRuntime().availableProcessors(), Stats.loadAverage(), mib, MAX_HEAP,
				rounds);
		Path directory = Files.createTempDirectory("imagekit-upload-benchmark");
		Path file = ResultLine.sparseFile(directory, "large.bin", mib * 1024 * 1024);
		List<Upload> ours = new ArrayList<>();
		List<Upload> raw = new ArrayList<>();
		try (UploadSink sink = new UploadSink()) {
			for (int round = 0; round < rounds; round++) {
				boolean oursFirst = round % 2 == 1;
				for (String variant : oursFirst ? List.of("ours", "raw") : List.of("raw", "ours")) {
					Upload upload = Upload.run(variant, file, sink);
					(variant.equals("ours") ? ours : raw).add(upload);
					System.out.printf(Locale.ROOT, "round %d, %s: %.0f MiB/s, VmHWM %d MiB, load %s%n", round + 1,
							variant, upload.mibPerSecond(), upload.vmHwmKb() / 1024, Stats.loadAverage());
				}
			}
		}
		finally {
			ResultLine.deleteQuietly(file);
			ResultLine.deleteQuietly(directory);
		}
		double ratio = Stats.median(ours, Upload::mibPerSecond) / Stats.median(raw, Upload::mibPerSecond);
		System.out.printf(Locale.ROOT, "%nload average at the end: %s%n%n", Stats.loadAverage());
		System.out.println("| variant (-Xmx" + MAX_HEAP + ") | uploads OK | MiB/s (median) | MiB/s per run | peak heap "
				+ "used MiB | peak heap after GC MiB | peak direct MiB | peak RSS (VmHWM) MiB | throughput ratio |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		System.out.println(row("raw WebClient, MultipartBodyBuilder + FileSystemResource", raw, "1 (baseline)"));
		System.out.println(row("ImageKitOperations, uploads().upload(UploadSource.of(path))", ours,
				String.format(Locale.ROOT, "**%.3f**", ratio)));
	}

	private static String row(String name, List<Upload> runs, String ratio) {
		return String.format(Locale.ROOT, "| %s | %d/%d | %.0f | %s | %.1f | %.1f | %.1f | %d | %s |", name,
				runs.size(), runs.size(), Stats.median(runs, Upload::mibPerSecond),
				Stats.formatAll(runs.stream().map(Upload::mibPerSecond).toList(), "%.0f"),
				runs.stream().mapToLong(Upload::peakHeapUsed).max().orElse(0) / 1048576.0,
				runs.stream().mapToLong(Upload::peakHeapAfterGc).max().orElse(0) / 1048576.0,
				runs.stream().mapToLong(Upload::peakDirect).max().orElse(0) / 1048576.0,
				runs.stream().mapToLong(Upload::vmHwmKb).max().orElse(0) / 1024, ratio);
	}

	/**
	 * One upload's figures; the maxima over several runs are reported.
	 * @param bytes the file's size
	 * @param millis how long the upload took, from sending to the answer
	 * @param peakHeapUsed the peak of heap use, garbage included
	 * @param peakHeapAfterGc the peak of heap use right after a collection
	 * @param peakDirect the peak of direct (off-heap) buffer use
	 * @param vmHwmKb the peak resident set size of the process
	 */
	record Upload(long bytes, long millis, long peakHeapUsed, long peakHeapAfterGc, long peakDirect, long vmHwmKb) {

		static Upload run(String variant, Path file, UploadSink sink) throws Exception {
			sink.takeBodyBytes();
			Map<String, String> result = ResultLine.run(
					ResultLine.java(MAX_HEAP, UploadProcess.class, variant, file.toString(), sink.baseUrl()),
					Path.of("."), 180);
			long size = Files.size(file);
			long received = sink.takeBodyBytes();
			if (received < size) {
				throw new IllegalStateException(variant + ": the sink received " + received + " of " + size
						+ " bytes");
			}
			return new Upload(size, Long.parseLong(result.get("millis")), Long.parseLong(result.get("peakHeapUsed")),
					Long.parseLong(result.get("peakHeapAfterGc")), Long.parseLong(result.get("peakDirect")),
					Long.parseLong(result.get("vmHwmKb")));
		}

		double mibPerSecond() {
			return this.bytes / 1048576.0 / (this.millis / 1000.0);
		}

	}

}
