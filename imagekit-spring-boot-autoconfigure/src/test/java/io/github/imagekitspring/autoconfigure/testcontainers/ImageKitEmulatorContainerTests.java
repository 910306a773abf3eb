package io.github.imagekitspring.autoconfigure.testcontainers;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitPage;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.autoconfigure.testcontainers.ImageKitEmulatorContainer.RecordedRequest;
import io.github.imagekitspring.cache.PurgeRequest;
import io.github.imagekitspring.cache.PurgeState;
import io.github.imagekitspring.files.Asset;
import io.github.imagekitspring.files.BulkTagResult;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.files.UpdateFileRequest;
import io.github.imagekitspring.folders.BulkJob;
import io.github.imagekitspring.folders.BulkJobStarted;
import io.github.imagekitspring.folders.BulkJobStatus;
import io.github.imagekitspring.folders.CopyFolderRequest;
import io.github.imagekitspring.folders.CreateFolderRequest;
import io.github.imagekitspring.testsupport.RequiresDocker;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The starter against the emulator's image ({@code scripts/build-test-images.sh}), pointed at it by
 * {@code @ServiceConnection} alone: no {@code imagekit.*} property is set. Every step's request id must be in the
 * container's own request log.
 */
@RequiresDocker
@Testcontainers
@SpringBootTest(classes = ImageKitEmulatorContainerTests.Config.class)
// Closes the context before the container stops, so no client is left reconnecting to it.
@DirtiesContext
class ImageKitEmulatorContainerTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Container
	@ServiceConnection
	static ImageKitEmulatorContainer emulator = new ImageKitEmulatorContainer();

	@Autowired
	ImageKitOperations imageKit;

	private final List<Tuple> sent = new ArrayList<>();

	@Test
	void theStarterRunsEveryKindOfCallAgainstTheContainer() throws IOException {
		assertThat(((ImageKitClient) this.imageKit).apiBaseUrl()).hasToString(emulator.getBaseUrl());
		assertThat(emulator.getBaseUrl()).startsWith("http://localhost:");
		Instant started = Instant.now();
		byte[] png = png(4, 3);

		UploadedFile uploaded = (UploadedFile) step("files.upload", this.imageKit.uploads()
			.withResponse()
			.upload(UploadSource.of(png), UploadRequest.builder("shoe.png").folder("/products").useUniqueFileName(false).build()))
			.body();
		assertThat(uploaded.filePath()).isEqualTo("/products/shoe.png");

		ImageKitPage<Asset> listed = step("files.list",
				this.imageKit.files().withResponse().list(ListFilesRequest.builder().path("/products").build())).body();
		assertThat(listed.items()).singleElement()
			.isInstanceOfSatisfying(FileDetails.class, (file) -> assertThat(file.fileId()).isEqualTo(uploaded.fileId()));

		FileDetails updated = step("files.update", this.imageKit.files()
			.withResponse()
			.update(uploaded.fileId(), UpdateFileRequest.builder().tags(List.of("shoe")).build())).body();
		assertThat(updated.tags()).containsExactly("shoe");

		ImageKitPage<Asset> found = step("files.list", this.imageKit.files()
			.withResponse()
			.list(ListFilesRequest.builder().searchQuery("tags IN [\"shoe\"]").build())).body();
		assertThat(found.items()).hasSize(1);

		BulkTagResult tagged = step("files.addTags",
				this.imageKit.files().withResponse().addTags(List.of(uploaded.fileId()), List.of("sale"))).body();
		assertThat(tagged.successfullyUpdatedFileIds()).containsExactly(uploaded.fileId());

		step("files.upload", this.imageKit.uploads()
			.withResponse()
			.upload(UploadSource.of(png(8, 6)), UploadRequest.builder("shoe.png").folder("/products").useUniqueFileName(false).build()));
		List<FileDetails> versions = step("files.versions.list",
				this.imageKit.files().versions().withResponse().list(uploaded.fileId())).body();
		assertThat(versions).hasSize(2);

		step("folders.create", this.imageKit.folders().withResponse().create(new CreateFolderRequest("archive", "/")));
		BulkJobStarted copy = step("folders.copy",
				this.imageKit.folders().withResponse().copy(CopyFolderRequest.of("/products", "/archive"))).body();
		BulkJob job = this.imageKit.folders().awaitJob(copy.jobId(), TIMEOUT).block(TIMEOUT);
		assertThat(job.status()).isEqualTo(BulkJobStatus.COMPLETED);
		assertThat(step("folders.job.get", this.imageKit.folders().withResponse().job(copy.jobId())).body().status())
			.isEqualTo(BulkJobStatus.COMPLETED);

		PurgeRequest purge = step("cache.purge", this.imageKit.cache().withResponse().purge(uploaded.url())).body();
		step("cache.purgeStatus", this.imageKit.cache().withResponse().purgeStatus(purge.requestId()));
		assertThat(step("cache.purgeStatus", this.imageKit.cache().withResponse().purgeStatus(purge.requestId())).body().status())
			.isEqualTo(PurgeState.COMPLETED);

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(step("accounts.usage", this.imageKit.accounts().withResponse().usage(today.minusDays(1), today.plusDays(1)))
			.body()
			.mediaLibraryStorageBytes()).isPositive();

		List<RecordedRequest> log = emulator.getRequests();
		assertThat(this.sent).hasSize(14);
		assertThat(log).extracting(RecordedRequest::operationId, RecordedRequest::status, RecordedRequest::requestId)
			.containsAll(this.sent);
		// The container runs on the host's kernel clock; the bounds only allow for rounding.
		assertThat(log).extracting(RecordedRequest::receivedAt)
			.allSatisfy((at) -> assertThat(at).isBetween(started.minusSeconds(1), Instant.now().plusSeconds(1)));
		assertThat(log).filteredOn((r) -> "folders.job.get".equals(r.operationId())).hasSizeGreaterThanOrEqualTo(2);
	}

	/** Blocks on a call and remembers what the emulator must have logged for it. */
	private <T> ImageKitResponse<T> step(String operationId, Mono<ImageKitResponse<T>> call) {
		ImageKitResponse<T> response = call.block(TIMEOUT);
		assertThat(response.requestId()).isNotBlank();
		this.sent.add(tuple(operationId, response.statusCode(), response.requestId()));
		return response;
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ WebClientAutoConfiguration.class, ImageKitAutoConfiguration.class })
	static class Config {

	}

}
