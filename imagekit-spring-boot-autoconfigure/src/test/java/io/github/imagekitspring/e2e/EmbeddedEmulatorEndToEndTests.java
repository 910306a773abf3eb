package io.github.imagekitspring.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.emulator.RecordedRequest;
import io.github.imagekitspring.files.Asset;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;
import io.github.imagekitspring.urls.UrlRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with no ImageKit account configured that asks for the embedded emulator: the starter starts it and
 * works against it, uploads, search and delivery included.
 */
@SpringBootTest(classes = EmbeddedEmulatorEndToEndTests.Application.class, webEnvironment = WebEnvironment.NONE,
		properties = "imagekit.emulator.enabled=true")
class EmbeddedEmulatorEndToEndTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private ImageKitOperations imageKit;

	@Autowired
	private ImageKitEmulator emulator;

	@Test
	void uploadsFindsAndDeliversWithoutAnyConfiguration() {
		byte[] png = Images.png(7, 5);
		UploadResult result = this.imageKit.uploads()
			.upload(UploadSource.of(png), UploadRequest.builder("embedded.png").tags("offline").build())
			.block(TIMEOUT);
		assertThat(result).isInstanceOf(UploadedFile.class);
		UploadedFile uploaded = (UploadedFile) result;
		assertThat(uploaded.name()).as("a unique name by default").startsWith("embedded_").endsWith(".png");

		List<Asset> found = this.imageKit.files()
			.list(ListFilesRequest.builder().searchQuery("tags IN [\"offline\"]").build())
			.block(TIMEOUT)
			.items();
		assertThat(found).singleElement()
			.isInstanceOfSatisfying(FileDetails.class, (file) -> assertThat(file.fileId()).isEqualTo(uploaded.fileId()));

		String url = this.imageKit.urls().url(UrlRequest.forPath(uploaded.filePath()).build());
		assertThat(url).startsWith(this.emulator.urlEndpoint());
		assertThat(WebClient.create().get().uri(url).retrieve().bodyToMono(byte[].class).block(TIMEOUT)).isEqualTo(png);

		this.imageKit.files().delete(uploaded.fileId()).block(TIMEOUT);
		assertThat(this.emulator.requests()).extracting(RecordedRequest::operationId)
			.containsExactly("files.upload", "files.list", "delivery", "files.delete");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
