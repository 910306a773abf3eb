package io.github.imagekitspring.upload;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.netty.buffer.ByteBuf;
import io.netty.util.ByteProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads a file far larger than the heap of the JVM that uploads it. {@link LargeUploadMain} runs in a child JVM
 * with {@code -Xmx64m} and {@code -XX:MaxDirectMemorySize=64m}, so buffering the file on or off the heap fails
 * with an {@link OutOfMemoryError}. The sink, in this JVM, discards the body and counts it.
 */
class LargeUploadMemoryTests {

	private static final long FILE_SIZE = 512L * 1024 * 1024;

	private static final String MAX_MEMORY = "64m";

	private static final String UPLOAD_JSON = "{\"fileId\":\"large-1\",\"name\":\"large.bin\","
			+ "\"filePath\":\"/large.bin\"}";

	@TempDir
	static Path tempDir;

	private static Path file;

	private static DisposableServer sink;

	private static final LongAdder bodyBytes = new LongAdder();

	/** The file is sparse, so all zeros, and multipart headers and boundaries hold no zero byte. */
	private static final LongAdder zeroBytes = new LongAdder();

	private static final AtomicReference<String> requestLine = new AtomicReference<>();

	@BeforeAll
	static void createSparseFileAndSink() throws IOException {
		file = tempDir.resolve("large.bin");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(FILE_SIZE);
		}
		sink = HttpServer.create().host("127.0.0.1").port(0).handle((request, response) -> {
			requestLine.set(request.method() + " " + request.uri() + " "
					+ request.requestHeaders().get("Authorization", "").startsWith("Basic "));
			return request.receive().doOnNext(LargeUploadMemoryTests::count).then(Mono.defer(() -> response
				.header("Content-Type", "application/json")
				.sendString(Mono.just(UPLOAD_JSON), StandardCharsets.UTF_8)
				.then()));
		}).bindNow();
	}

	@AfterAll
	static void stopSink() {
		sink.disposeNow();
	}

	@ParameterizedTest
	@ValueSource(strings = { "path", "stream" })
	void aFileEightTimesTheHeapUploadsInBoundedMemory(String kind) throws Exception {
		bodyBytes.reset();
		zeroBytes.reset();
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + MAX_MEMORY,
				"-XX:MaxDirectMemorySize=" + MAX_MEMORY, "-cp", classPath(), LargeUploadMain.class.getName(),
				file.toString(), "http://127.0.0.1:" + sink.port(), kind));
		Path log = tempDir.resolve("child-" + kind + ".log");
		Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean exited = child.waitFor(90, TimeUnit.SECONDS);
		if (!exited) {
			child.destroyForcibly().waitFor();
		}
		String output = Files.readString(log);

		assertThat(exited).as("child finished in time: %s", output).isTrue();
		assertThat(child.exitValue()).as(output).isZero();
		assertThat(requestLine.get()).isEqualTo("POST /api/v1/files/upload true");
		assertThat(zeroBytes.sum()).as("file bytes received").isEqualTo(FILE_SIZE);
		assertThat(bodyBytes.sum()).as("body bytes").isGreaterThan(FILE_SIZE);
		Map<String, String> result = result(output);
		assertThat(result).containsEntry("fileId", "large-1");
		assertThat(Long.parseLong(result.get("maxHeap"))).isLessThanOrEqualTo(64L * 1024 * 1024);
		assertThat(Long.parseLong(result.get("peakHeapAfterGc"))).as("live heap").isLessThan(48L * 1024 * 1024);
		// Shown in the test report: the figures behind "constant memory".
		System.out.println("Uploaded " + FILE_SIZE + " bytes (" + kind + ") under -Xmx" + MAX_MEMORY + ": " + result);
	}

	private static void count(ByteBuf buffer) {
		int nonZero = 0;
		int index = buffer.readerIndex();
		int end = buffer.writerIndex();
		while (index < end) {
			int found = buffer.forEachByte(index, end - index, ByteProcessor.FIND_NON_NUL);
			if (found < 0) {
				break;
			}
			nonZero++;
			index = found + 1;
		}
		bodyBytes.add(buffer.readableBytes());
		zeroBytes.add(buffer.readableBytes() - nonZero);
	}

	private static Map<String, String> result(String output) {
		String line = output.lines()
			.filter((candidate) -> candidate.startsWith("RESULT "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No RESULT line in:\n" + output));
		return Stream.of(line.substring("RESULT ".length()).split(" "))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> pair[1]));
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** Surefire's test class path, or this JVM's own when run from an IDE. */
	private static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return (surefire != null && !surefire.isBlank()) ? surefire : System.getProperty("java.class.path");
	}

}
