package io.github.imagekitspring.emulator.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

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

	/** A stored content. */
	record Stored(String id, long size) {
	}

	/** Whether contents go to files, so that uploads are streamed there rather than held in memory. */
	boolean onDisk() {
		return this.directory != null;
	}

	/** Stores content as it arrives: streamed into a new file of the directory, or joined in memory without one. */
	Mono<Stored> write(Publisher<DataBuffer> content) {
		if (this.directory == null) {
			return DataBufferUtils.join(content).map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return store(bytes);
			}).switchIfEmpty(Mono.fromSupplier(() -> store(new byte[0])));
		}
		String id = UUID.randomUUID().toString();
		Path file = this.directory.resolve(id + ".bin");
		return DataBufferUtils.write(content, file).then(Mono.fromCallable(() -> new Stored(id, Files.size(file))));
	}

	Stored store(byte[] bytes) {
		return new Stored(put(bytes), bytes.length);
	}

	/** The content as an ImageIO input, for sniffing its format without reading a file into memory. */
	Object imageInput(String id) {
		return (this.directory != null) ? this.directory.resolve(id + ".bin").toFile()
				: new ByteArrayInputStream(this.memory.get(id));
	}

	/** Drops one content, such as that of a rejected upload. */
	void delete(String id) {
		this.memory.remove(id);
		if (this.directory != null) {
			try {
				Files.deleteIfExists(this.directory.resolve(id + ".bin"));
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
