package io.github.imagekitspring.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UploadSourceTests {

	@TempDir
	Path directory;

	@Test
	void repeatableSources() throws IOException {
		Path file = Files.writeString(this.directory.resolve("a.txt"), "hello");
		assertThat(UploadSource.of(file).repeatable()).isTrue();
		assertThat(UploadSource.of(new ByteArrayResource(new byte[] { 1 })).repeatable()).isTrue();
		assertThat(UploadSource.of(new byte[] { 1, 2 }).repeatable()).isTrue();
		assertThat(UploadSource.fromInputStream(() -> new ByteArrayInputStream(new byte[] { 1 })).repeatable())
			.isTrue();
		assertThat(UploadSource.fromUrl(URI.create("https://example.com/a.jpg")).repeatable()).isTrue();
		assertThat(UploadSource.base64("aGVsbG8=").repeatable()).isTrue();
	}

	@Test
	void oneShotSources() {
		Flux<DataBuffer> content = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(new byte[] { 1 }));
		assertThat(UploadSource.fromPublisher(content).repeatable()).isFalse();
		assertThat(UploadSource.of(new InputStreamResource(new ByteArrayInputStream(new byte[] { 1 }))).repeatable())
			.isFalse();
	}

	@Test
	void missingOrUnreadablePathIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> UploadSource.of(this.directory.resolve("missing.jpg")))
			.withMessageContaining("path");
		assertThatIllegalArgumentException().isThrownBy(() -> UploadSource.of(this.directory))
			.withMessageContaining("path");
	}

	@Test
	void invalidTextSourcesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> UploadSource.fromUrl(URI.create("ftp://example.com/a")))
			.withMessageContaining("url");
		assertThatIllegalArgumentException().isThrownBy(() -> UploadSource.base64(" "))
			.withMessageContaining("base64");
	}

	@Test
	void sourcesCanBeTakenApartByType() throws IOException {
		Path file = Files.writeString(this.directory.resolve("b.txt"), "hello");
		UploadSource source = UploadSource.of(file);
		assertThat(source).isInstanceOfSatisfying(UploadSource.PathSource.class,
				(path) -> assertThat(path.path()).isEqualTo(file));
		assertThat(UploadSource.base64("aGVsbG8=")).isInstanceOfSatisfying(UploadSource.Base64Text.class,
				(text) -> assertThat(text.base64()).isEqualTo("aGVsbG8="));
	}

}
