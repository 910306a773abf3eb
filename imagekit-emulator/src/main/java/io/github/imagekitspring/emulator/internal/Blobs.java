package io.github.imagekitspring.emulator.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * File contents, kept in memory or, when a directory is given, in files there. Contents never
 * change once stored, so versions and copies share them by id.
 */
final class Blobs {

	private final Path directory;

	private final Map<String, byte[]> memory = new ConcurrentHashMap<>();

	Blobs(Path directory) {
		this.directory = directory;
		if (directory != null) {
			try {
				Files.createDirectories(directory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	String put(byte[] bytes) {
		String id = UUID.randomUUID().toString();
		if (this.directory == null) {
			this.memory.put(id, bytes);
			return id;
		}
		try {
			Files.write(this.directory.resolve(id + ".bin"), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return id;
	}

	byte[] get(String id) {
		if (this.directory == null) {
			return this.memory.get(id);
		}
		try {
			return Files.readAllBytes(this.directory.resolve(id + ".bin"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Drops every stored content; in a directory, only the files this class wrote. */
	void clear() {
		this.memory.clear();
		if (this.directory == null) {
			return;
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path f : files.filter((p) -> p.getFileName().toString().endsWith(".bin")).toList()) {
				Files.deleteIfExists(f);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
