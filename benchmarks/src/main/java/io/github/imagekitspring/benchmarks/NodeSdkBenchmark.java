package io.github.imagekitspring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import reactor.netty.resources.ConnectionProvider;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;

/**
 * Our client beside the official Node SDK ({@code @imagekit/nodejs}, pinned in {@code node/package-lock.json} and
 * installed here with {@code npm ci}): {@code files.get} throughput with 64 calls in flight, in turns, against the
 * ImageKit emulator and against a {@link FileDetailsServer}, each in a JVM of its own ({@link ServerProcess}); and
 * the time and peak resident set size of uploading a 1 GiB sparse file to an {@link UploadSink} (ours from a JVM
 * capped at {@code -Xmx64m}; the emulator keeps uploads in memory and takes at most 100 MB).
 *
 * <p>Arguments, all optional: rounds (3), seconds per details run (4), upload file size in MiB (1024).
 */
public final class NodeSdkBenchmark {

	private static final int CONCURRENCY = 64;

	/** The JIT compiles our client's code for long on a loaded 2-core machine; V8 is done far sooner. */
	private static final int JAVA_WARM_UP_SECONDS = 10;

	private static final int NODE_WARM_UP_SECONDS = 2;

	private NodeSdkBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 3;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 4;
		long mib = (args.length > 2) ? Long.parseLong(args[2]) : 1024;
		Path nodeDirectory = Path.of(System.getProperty("benchmarks.dir", "."), "node").toAbsolutePath();
		System.out.printf(Locale.ROOT, "%s, %d cores, load average %s%n", Instant.now(),
				Runtime.getRuntime().availableProcessors(), Stats.loadAverage());
		ResultLine.runToEnd(List.of("npm", "ci", "--no-audit", "--no-fund"), nodeDirectory, 170);
		Map<String, String> versions = ResultLine.run(List.of("node", "-e", "console.log('RESULT sdk=' + "
				+ "JSON.parse(require('fs').readFileSync('node_modules/@imagekit/nodejs/package.json', 'utf8')).version + ' node=' + process.version)"), nodeDirectory, 30);
		String sdk = "@imagekit/nodejs " + versions.get("sdk") + " (Node " + versions.get("node") + ")";
		System.out.println(sdk);
		List<String> detailsRows = new ArrayList<>();
		try (ServerProcess emulator = ServerProcess.emulator()) {
			detailsRows.addAll(details("emulator", emulator.baseUrl(), null, nodeDirectory, sdk, rounds, seconds,
					JAVA_WARM_UP_SECONDS));
		}
		try (ServerProcess server = ServerProcess.fileDetailsServer()) {
			detailsRows.addAll(details("minimal server", server.baseUrl(), "598821f949c0a938d57563bd",
					nodeDirectory, sdk, rounds, seconds, NODE_WARM_UP_SECONDS));
		}
		List<String> uploadRows = uploads(nodeDirectory, mib);
		System.out.printf(Locale.ROOT, "%nload average at the end: %s%n%n", Stats.loadAverage());
		System.out.println("| server | files.get, " + CONCURRENCY + " in flight | calls/s (median) | calls/s per round | "
				+ "p50 ms | p99 ms | errors | throughput ratio ours/SDK (median of rounds) |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		detailsRows.forEach(System.out::println);
		System.out.println();
		System.out.println("| upload of " + mib + " MiB | OK | seconds | MiB/s | peak RSS (VmHWM) MiB |");
		System.out.println("|---|---|---|---|---|");
		uploadRows.forEach(System.out::println);
	}

	/**
	 * Turns of our client and the SDK against one server.
	 * @param knownFileId the file to get, or {@code null} to upload one first (the emulator knows no file)
	 */
	private static List<String> details(String serverName, String baseUrl, @Nullable String knownFileId,
			Path nodeDirectory, String sdk, int rounds, int seconds, int javaWarmUpSeconds) throws Exception {
		ConnectionProvider connections = Clients.connections("ours", CONCURRENCY);
		try {
			ImageKitOperations imageKit = Clients.observedClient(baseUrl, Clients.PRIVATE_KEY, connections,
					new SimpleMeterRegistry());
			String fileId = (knownFileId != null) ? knownFileId : ((UploadedFile) imageKit.uploads()
				.upload(UploadSource.of("benchmark".getBytes(StandardCharsets.UTF_8)),
						UploadRequest.builder("benchmark.txt").build())
				.block(Duration.ofSeconds(30))).fileId();
			List<String> nodeCommand = List.of("node", "details.mjs", baseUrl, Clients.PRIVATE_KEY, fileId,
					String.valueOf(CONCURRENCY), String.valueOf(NODE_WARM_UP_SECONDS), String.valueOf(seconds));
			LoadDriver.run(CONCURRENCY, Duration.ofSeconds(javaWarmUpSeconds), () -> imageKit.files().get(fileId));
			List<LoadDriver.Result> ours = new ArrayList<>();
			List<LoadDriver.Result> node = new ArrayList<>();
			List<Double> ratios = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				LoadDriver.Result ourResult = null;
				LoadDriver.Result nodeResult = null;
				for (int turn = 0; turn < 2; turn++) {
					if ((turn + round) % 2 == 0) {
						ourResult = LoadDriver.run(CONCURRENCY, Duration.ofSeconds(seconds),
								() -> imageKit.files().get(fileId));
					}
					else {
						Map<String, String> result = ResultLine.run(nodeCommand, nodeDirectory, 120);
						nodeResult = new LoadDriver.Result(Long.parseLong(result.get("calls")),
								Long.parseLong(result.get("errors")), Double.parseDouble(result.get("seconds")),
								Double.parseDouble(result.get("p50Ms")), Double.parseDouble(result.get("p99Ms")));
					}
				}
				ours.add(ourResult);
				node.add(nodeResult);
				ratios.add(ourResult.callsPerSecond() / nodeResult.callsPerSecond());
				System.out.printf(Locale.ROOT, "%s, round %d: ours %.0f/s, Node SDK %.0f/s, ratio %.2f, load %s%n",
						serverName, round + 1, ourResult.callsPerSecond(), nodeResult.callsPerSecond(), ratios.get(round),
						Stats.loadAverage());
			}
			return List.of(detailsRow(serverName, sdk, node, "1 (baseline)"),
					detailsRow(serverName, "ImageKitOperations (observation + resilience on)", ours, String.format(Locale.ROOT, "**%.2f**",
							Stats.median(ratios, Double::doubleValue))));
		}
		finally {
			connections.disposeLater().block();
		}
	}

	private static String detailsRow(String serverName, String name, List<LoadDriver.Result> runs, String ratio) {
		return String.format(Locale.ROOT, "| %s | %s | %.0f | %s | %.2f | %.2f | %d | %s |", serverName, name,
				Stats.median(runs, LoadDriver.Result::callsPerSecond),
				Stats.formatAll(runs.stream().map(LoadDriver.Result::callsPerSecond).toList(), "%.0f"),
				Stats.median(runs, LoadDriver.Result::p50Ms), Stats.median(runs, LoadDriver.Result::p99Ms),
				runs.stream().mapToLong(LoadDriver.Result::errors).sum(), ratio);
	}

	private static List<String> uploads(Path nodeDirectory, long mib) throws Exception {
		Path directory = Files.createTempDirectory("imagekit-node-benchmark");
		Path file = ResultLine.sparseFile(directory, "large.bin", mib * 1024 * 1024);
		try (UploadSink sink = new UploadSink()) {
			UploadBenchmark.Upload ours = UploadBenchmark.Upload.run("ours", file, sink);
			String node;
			sink.takeBodyBytes();
			try {
				Map<String, String> result = ResultLine.run(
						List.of("node", "upload.mjs", sink.baseUrl(), Clients.PRIVATE_KEY, file.toString()),
						nodeDirectory, 180);
				long millis = Long.parseLong(result.get("millis"));
				long received = sink.takeBodyBytes();
				node = String.format(Locale.ROOT, "| @imagekit/nodejs 7.11.0, fs.createReadStream | %s | %.1f | %.0f | %d |",
						(received >= Files.size(file)) ? "yes" : "no, sink got " + received + " bytes", millis / 1000.0,
						mib / (millis / 1000.0), Long.parseLong(result.get("vmHwmKb")) / 1024);
			}
			catch (IllegalStateException ex) {
				node = "| @imagekit/nodejs 7.11.0, fs.createReadStream | no: " + ex.getMessage() + " | | | |";
			}
			String java = String.format(Locale.ROOT,
					"| ImageKitOperations, UploadSource.of(path), -Xmx%s | yes | %.1f | %.0f | %d |",
					UploadBenchmark.MAX_HEAP, ours.millis() / 1000.0, ours.mibPerSecond(), ours.vmHwmKb() / 1024);
			return List.of(node, java);
		}
		finally {
			ResultLine.deleteQuietly(file);
			ResultLine.deleteQuietly(directory);
		}
	}

}
