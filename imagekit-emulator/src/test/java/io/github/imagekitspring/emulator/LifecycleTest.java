package io.github.imagekitspring.emulator;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain Java API without the JUnit extension: builder, start, reset, close. */
class LifecycleTest {

	@Test
	void advertisedUrlEndpointIsUsedInFileUrlsAndMetadataLookups() {
		try (ImageKitEmulator emulator = ImageKitEmulator.builder().privateKey("k").publicKey("p")
			.urlEndpoint("http://cdn.example.test/media").build().start()) {
			Http http = new Http(emulator);
			String url = http.uploadFile("a.png", TestImages.png(2, 2), Map.of("useUniqueFileName", "false")).json().get("url").asString();
			assertThat(url).isEqualTo("http://cdn.example.test/media/a.png");
			assertThat(http.get("/v1/metadata?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)).status()).isEqualTo(200);
			assertThat(emulator.urlEndpoint()).isEqualTo("http://cdn.example.test/media");
		}
	}

	@Test
	void fileContentsCanLiveInADirectory(@TempDir Path dir) throws Exception {
		try (ImageKitEmulator emulator = ImageKitEmulator.builder().storageDirectory(dir).build().start()) {
			Http http = new Http(emulator);
			byte[] png = TestImages.png(3, 3);
			String url = http.uploadFile("d.png", png, Map.of()).json().get("url").asString();
			try (Stream<Path> files = Files.list(dir)) {
				assertThat(files.toList()).hasSize(1);
			}
			HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(served.body()).isEqualTo(png);
			emulator.reset();
			try (Stream<Path> files = Files.list(dir)) {
				assertThat(files.toList()).isEmpty();
			}
		}
	}

	@Test
	void resetDropsStateAndCloseStopsServing() {
		ImageKitEmulator emulator = ImageKitEmulator.builder().build();
		assertThatThrownBy(emulator::port).isInstanceOf(IllegalStateException.class);
		emulator.start();
		Http http = new Http(emulator);
		http.uploadFile("a.bin", new byte[] { 1 }, Map.of());
		assertThat(http.get("/v1/files").json()).hasSize(1);
		assertThat(emulator.requests()).hasSize(2);
		emulator.reset();
		assertThat(emulator.requests()).isEmpty();
		assertThat(http.get("/v1/files").json()).isEmpty();
		emulator.close();
		assertThatThrownBy(emulator::baseUrl).isInstanceOf(IllegalStateException.class);
		assertThat(ImageKitEmulator.operationIds()).hasSize(53);
	}

}
