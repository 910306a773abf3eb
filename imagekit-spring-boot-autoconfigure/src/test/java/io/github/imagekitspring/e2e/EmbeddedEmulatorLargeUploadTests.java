package io.github.imagekitspring.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded emulator stores an upload far larger than the application's heap: {@link
 * EmbeddedEmulatorLargeUploadMain} runs in a child JVM with {@code -Xmx96m} and
 * {@code -XX:MaxDirectMemorySize=96m}, both the uploading client and the emulator in it, so holding the file in
 * memory on either side fails.
 */
class EmbeddedEmulatorLargeUploadTests {

	private static final long FILE_SIZE = 300L * 1024 * 1024;

	private static final String MAX_MEMORY = "96m";

	@TempDir
	Path tempDir;

	@Test
	void anUploadThreeTimesTheHeapIsStreamedToTheStorageDirectory() throws Exception {
		Path file = this.tempDir.resolve("large.bin");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(FILE_SIZE);
		}
		Path storage = Files.createDirectories(this.tempDir.resolve("storage"));
		Path log = this.tempDir.resolve("child.log");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + MAX_MEMORY, "-XX:MaxDirectMemorySize=" + MAX_MEMORY, "-cp", classPath(),
				EmbeddedEmulatorLargeUploadMain.class.getName(), file.toString(), storage.toString());
		Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean exited = child.waitFor(4, TimeUnit.MINUTES);
		if (!exited) {
			child.destroyForcibly().waitFor();
		}
		String output = Files.readString(log);

		assertThat(exited).as("child finished in time: %s", output).isTrue();
		assertThat(child.exitValue()).as(output).isZero();
		Map<String, String> result = result(output);
		assertThat(Long.parseLong(result.get("size"))).isEqualTo(FILE_SIZE);
		assertThat(Long.parseLong(result.get("stored"))).as("bytes in the storage directory").isEqualTo(FILE_SIZE);
		assertThat(Long.parseLong(result.get("maxHeap"))).isLessThanOrEqualTo(96L * 1024 * 1024);
		assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain("onErrorDropped");
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

	/** Surefire's test class path, or this JVM's own when run from an IDE. */
	private static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return (surefire != null && !surefire.isBlank()) ? surefire : System.getProperty("java.class.path");
	}

}
