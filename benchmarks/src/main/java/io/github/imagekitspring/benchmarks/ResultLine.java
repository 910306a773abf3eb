package io.github.imagekitspring.benchmarks;

import java.io.BufferedReader;
import java.io.RandomAccessFile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process that prints one {@code RESULT name=value ...} line, passes its other output through, and
 * returns the values.
 */
final class ResultLine {

	private ResultLine() {
	}

	static Map<String, String> run(List<String> command, Path workingDirectory, long timeoutSeconds)
			throws IOException, InterruptedException {
		Map<String, String> values = execute(command, workingDirectory, timeoutSeconds);
		if (values.isEmpty()) {
			throw new IllegalStateException("no RESULT line: " + command);
		}
		return values;
	}

	/** Runs a command that prints no result, passing its output through. */
	static void runToEnd(List<String> command, Path workingDirectory, long timeoutSeconds)
			throws IOException, InterruptedException {
		execute(command, workingDirectory, timeoutSeconds);
	}

	private static Map<String, String> execute(List<String> command, Path workingDirectory, long timeoutSeconds)
			throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.start();
		Map<String, String> values = new HashMap<>();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				if (line.startsWith("RESULT ")) {
					for (String pair : line.substring(7).trim().split(" ")) {
						int equals = pair.indexOf('=');
						values.put(pair.substring(0, equals), pair.substring(equals + 1));
					}
				}
				else {
					System.out.println("  | " + line);
				}
			}
		}
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("timed out: " + command);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("failed (exit " + process.exitValue() + "): " + command);
		}
		return values;
	}

	/** A child JVM with this one's class path and the given heap cap. */
	static List<String> java(String maxHeap, Class<?> main, String... args) {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap, "-classpath",
				System.getProperty("java.class.path"), main.getName()));
		command.addAll(List.of(args));
		return command;
	}

	/** A sparse file of the given size: no disk blocks, all zeros. */
	static Path sparseFile(Path directory, String name, long size) throws IOException {
		Path file = directory.resolve(name);
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(size);
		}
		return file;
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			System.err.println("could not delete " + file + ": " + ex);
		}
	}

}
