package io.github.imagekitspring.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.accounts.Origin;
import io.github.imagekitspring.accounts.OriginRequest;
import io.github.imagekitspring.accounts.Usage;
import io.github.imagekitspring.accounts.UsageAnalytics;
import io.github.imagekitspring.accounts.UrlEndpoint;
import io.github.imagekitspring.accounts.UrlEndpointRequest;
import io.github.imagekitspring.accounts.UrlRewriter;
import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;
import io.github.imagekitspring.autoconfigure.emulator.EmulatorConnectionDetails;
import io.github.imagekitspring.cache.PurgeRequest;
import io.github.imagekitspring.cache.PurgeState;
import io.github.imagekitspring.cache.PurgeStatus;
import io.github.imagekitspring.custommetadata.CreateCustomMetadataFieldRequest;
import io.github.imagekitspring.custommetadata.CustomMetadataField;
import io.github.imagekitspring.custommetadata.CustomMetadataFieldSchema;
import io.github.imagekitspring.custommetadata.ListCustomMetadataFieldsRequest;
import io.github.imagekitspring.custommetadata.UpdateCustomMetadataFieldRequest;
import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.emulator.ImageKitEmulatorExtension;
import io.github.imagekitspring.emulator.RateLimit;
import io.github.imagekitspring.emulator.RecordedRequest;
import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.LockedException;
import io.github.imagekitspring.errors.NotFoundException;
import io.github.imagekitspring.extensions.AiAutoDescription;
import io.github.imagekitspring.extensions.AutoTagging;
import io.github.imagekitspring.extensions.AiTask;
import io.github.imagekitspring.extensions.AiTaskAction;
import io.github.imagekitspring.extensions.AiTasks;
import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.extensions.RemoveBackground;
import io.github.imagekitspring.files.Asset;
import io.github.imagekitspring.files.AssetSort;
import io.github.imagekitspring.files.AssetType;
import io.github.imagekitspring.files.BulkDeleteResult;
import io.github.imagekitspring.files.BulkTagResult;
import io.github.imagekitspring.files.CopyFileRequest;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.FolderDetails;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.files.MoveFileRequest;
import io.github.imagekitspring.files.RenameFileRequest;
import io.github.imagekitspring.files.RenameFileResult;
import io.github.imagekitspring.files.UpdateFileRequest;
import io.github.imagekitspring.folders.BulkJob;
import io.github.imagekitspring.folders.BulkJobStarted;
import io.github.imagekitspring.folders.BulkJobStatus;
import io.github.imagekitspring.folders.BulkJobType;
import io.github.imagekitspring.folders.CopyFolderRequest;
import io.github.imagekitspring.folders.CreateFolderRequest;
import io.github.imagekitspring.folders.MoveFolderRequest;
import io.github.imagekitspring.folders.RenameFolderRequest;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.Polling;
import io.github.imagekitspring.metadata.Metadata;
import io.github.imagekitspring.namedtransformations.CreateNamedTransformationRequest;
import io.github.imagekitspring.namedtransformations.NamedTransformation;
import io.github.imagekitspring.namedtransformations.UpdateNamedTransformationRequest;
import io.github.imagekitspring.savedextensions.CreateSavedExtensionRequest;
import io.github.imagekitspring.savedextensions.SavedExtension;
import io.github.imagekitspring.savedextensions.UpdateSavedExtensionRequest;
import io.github.imagekitspring.testsupport.SteppedScheduler;
import io.github.imagekitspring.upload.UploadAuthParameters;
import io.github.imagekitspring.upload.ResponseField;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;
import io.github.imagekitspring.urls.Transformation;
import io.github.imagekitspring.urls.UrlRequest;
import io.github.imagekitspring.webhooks.FileCreatedEvent;
import io.github.imagekitspring.webhooks.WebhookEvent;
import io.github.imagekitspring.webhooks.WebhookVerificationException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The starter, auto-configured in a Spring Boot application, against a running emulator: every operation group with
 * state that has to really work, and a last check that every operation of {@link ImageKitOperation} was sent.
 */
@SpringBootTest(classes = EmulatorEndToEndTests.Application.class, webEnvironment = WebEnvironment.NONE,
		properties = "imagekit.webhook-secret=" + EmulatorEndToEndTests.WEBHOOK_SECRET)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmulatorEndToEndTests {

	static final String WEBHOOK_SECRET = "whsec_ZTJlLXdlYmhvb2stc2VjcmV0LWtleQ==";

	// Folder jobs and purges stay Pending for the first status poll and complete at the second.
	@RegisterExtension
	static final ImageKitEmulatorExtension emulatorExtension = ImageKitEmulatorExtension
		.create((builder) -> builder.asyncCompletion(Duration.ofHours(1), 1));

	private static final List<RecordedRequest> exercised = Collections.synchronizedList(new ArrayList<>());

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final HttpClient DELIVERY = HttpClient.newHttpClient();

	@Autowired
	private ImageKitOperations imageKit;

	private final SteppedScheduler scheduler = new SteppedScheduler();

	private final WebClient http = WebClient.create();

	@AfterEach
	void everyResponseCarriedARequestId() {
		List<RecordedRequest> requests = emulator().requests();
		assertThat(requests).allSatisfy((request) -> assertThat(request.requestId()).as("%s", request).isNotBlank());
		exercised.addAll(requests);
	}

	@Test
	@Order(1)
	void uploadsSearchesUpdatesAndDeletesFiles(@TempDir Path directory) throws Exception {
		byte[] png = Images.png(4, 3);
		Path file = Files.write(directory.resolve("local.png"), png);
		UploadedFile fromPath = uploaded(this.imageKit.uploads()
			.upload(UploadSource.of(file),
					UploadRequest.builder("from-path.png")
						.useUniqueFileName(false)
						.tags("e2e", "path")
						.responseFields(ResponseField.TAGS)
						.build())
			.block(TIMEOUT));
		assertThat(fromPath.filePath()).isEqualTo("/from-path.png");
		assertThat(fromPath.tags()).containsExactly("e2e", "path");
		assertThat(fromPath.width()).isEqualTo(4);
		assertThat(fromPath.height()).isEqualTo(3);

		ImageKitResponse<UploadResult> fromBytesResponse = this.imageKit.uploads()
			.withResponse()
			.upload(UploadSource.of(png),
					UploadRequest.builder("from-bytes.png")
						.useUniqueFileName(false)
						.folder("/e2e")
						.tags("bytes")
						.build())
			.block(TIMEOUT);
		assertLoggedWithRequestId(fromBytesResponse);
		UploadedFile fromBytes = uploaded(fromBytesResponse.requiredBody());
		assertThat(fromBytes.filePath()).isEqualTo("/e2e/from-bytes.png");

		UploadedFile fromV2 = uploaded(this.imageKit.uploads()
			.uploadV2(UploadSource.of(png), UploadRequest.builder("from-v2.png").useUniqueFileName(false).build())
			.block(TIMEOUT));
		assertThat(fromV2.filePath()).isEqualTo("/from-v2.png");

		Map<String, Object> fromBrowser = uploadLikeABrowser(this.imageKit.uploads().authenticationParameters(), png);
		assertThat(fromBrowser).containsEntry("name", "from-browser.png")
			.containsEntry("filePath", "/from-browser.png");
		UploadRequest tokenRequest = UploadRequest.builder("from-token.png")
			.useUniqueFileName(false)
			.folder("/tokens")
			.tags("jwt")
			.build();
		Map<String, Object> fromToken = uploadWithToken(this.imageKit.uploads().uploadToken(tokenRequest), tokenRequest,
				png);
		assertThat(fromToken).containsEntry("filePath", "/tokens/from-token.png");

		assertThat(names(ListFilesRequest.builder().searchQuery("name = \"from-path.png\"").build()))
			.containsExactly("from-path.png");
		assertThat(names(ListFilesRequest.builder().searchQuery("tags IN [\"bytes\", \"path\"]").build()))
			.containsExactlyInAnyOrder("from-path.png", "from-bytes.png");
		assertThat(names(ListFilesRequest.builder().path("/e2e").build())).containsExactly("from-bytes.png");

		CustomMetadataField field = this.imageKit.customMetadataFields()
			.create(new CreateCustomMetadataFieldRequest("sku", "SKU",
					CustomMetadataFieldSchema.text().maxLength(20).build()))
			.block(TIMEOUT);
		assertThat(field.id()).isNotBlank();
		CustomMetadataField relabelled = this.imageKit.customMetadataFields()
			.update(field.id(), UpdateCustomMetadataFieldRequest.newLabel("Stock keeping unit"))
			.block(TIMEOUT);
		assertThat(relabelled.label()).isEqualTo("Stock keeping unit");
		assertThat(this.imageKit.customMetadataFields().list(ListCustomMetadataFieldsRequest.none()).block(TIMEOUT))
			.extracting(CustomMetadataField::name)
			.containsExactly("sku");

		FileDetails updated = this.imageKit.files()
			.update(fromPath.fileId(),
					UpdateFileRequest.builder()
						.tags(List.of("e2e", "updated"))
						.customMetadata(Map.of("sku", "AB-12"))
						.build())
			.block(TIMEOUT);
		assertThat(updated.tags()).containsExactly("e2e", "updated");
		assertThat(updated.customMetadata()).containsEntry("sku", "AB-12");
		assertThat(names(ListFilesRequest.builder().searchQuery("\"customMetadata.sku\" = \"AB-12\"").build()))
			.containsExactly("from-path.png");

		BulkTagResult added = this.imageKit.files()
			.addTags(List.of(fromPath.fileId(), fromBytes.fileId()), List.of("bulk"))
			.block(TIMEOUT);
		assertThat(added.successfullyUpdatedFileIds()).containsExactlyInAnyOrder(fromPath.fileId(), fromBytes.fileId());
		assertThat(names(ListFilesRequest.builder().searchQuery("tags IN [\"bulk\"]").build()))
			.containsExactlyInAnyOrder("from-path.png", "from-bytes.png");
		BulkTagResult removed = this.imageKit.files()
			.removeTags(List.of(fromBytes.fileId()), List.of("bulk"))
			.block(TIMEOUT);
		assertThat(removed.successfullyUpdatedFileIds()).containsExactly(fromBytes.fileId());
		assertThat(this.imageKit.files().get(fromBytes.fileId()).block(TIMEOUT).tags()).containsExactly("bytes");
		BulkTagResult aiRemoved = this.imageKit.files()
			.removeAITags(List.of(fromPath.fileId()), List.of("Animal"))
			.block(TIMEOUT);
		assertThat(aiRemoved.successfullyUpdatedFileIds()).containsExactly(fromPath.fileId());

		Metadata byId = this.imageKit.metadata().get(fromPath.fileId()).block(TIMEOUT);
		assertThat(byId.width()).isEqualTo(4);
		assertThat(byId.height()).isEqualTo(3);
		assertThat(byId.format()).isEqualTo("png");
		Metadata byUrl = this.imageKit.metadata().fromUrl(fromBytes.url()).block(TIMEOUT);
		assertThat(byUrl.width()).isEqualTo(4);
		assertThat(byUrl.size()).isEqualTo(png.length);

		String url = this.imageKit.urls().url(UrlRequest.forPath("/e2e/from-bytes.png")
			.transformation(Transformation.builder().width(2).build())
			.build());
		assertThat(url).startsWith(emulator().urlEndpoint() + "/");
		assertThat(width(fetch(url))).as("rendered by the emulator").isEqualTo(2);
		assertThat(fetch(this.imageKit.urls().url(UrlRequest.forPath("/from-path.png").build()))).isEqualTo(png);

		Usage usage = this.imageKit.accounts().usage(today().minusDays(1), today().plusDays(1)).block(TIMEOUT);
		assertThat(usage.bandwidthBytes()).isEqualTo(2L * png.length);
		assertThat(usage.mediaLibraryStorageBytes()).isEqualTo(5L * png.length);
		UsageAnalytics analytics = this.imageKit.accounts()
			.usageAnalytics(today().minusDays(1), today().plusDays(1))
			.block(TIMEOUT);
		assertThat(analytics.requestCount()).isEqualTo(2);
		assertThat(analytics.bandwidthBytes()).isEqualTo(2L * png.length);

		PurgeRequest purge = this.imageKit.cache().purge(url).block(TIMEOUT);
		assertThat(this.imageKit.cache().purgeStatus(purge.requestId()).block(TIMEOUT).status())
			.isEqualTo(PurgeState.PENDING);
		CompletableFuture<PurgeStatus> purged = this.imageKit.cache()
			.awaitPurge(purge.requestId(), Duration.ofMinutes(1), this.scheduler)
			.toFuture();
		assertThat(purged.get(5, TimeUnit.SECONDS).status()).isEqualTo(PurgeState.COMPLETED);

		assertThat(this.imageKit.files().withResponse().delete(fromV2.fileId()).block(TIMEOUT).statusCode())
			.isEqualTo(204);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.imageKit.files().get(fromV2.fileId()).block(TIMEOUT));
		BulkDeleteResult deleted = this.imageKit.files()
			.bulkDelete(List.of(fromPath.fileId(), fromBytes.fileId(), (String) fromBrowser.get("fileId"),
					(String) fromToken.get("fileId")))
			.block(TIMEOUT);
		assertThat(deleted.successfullyDeletedFileIds()).hasSize(4);
		assertThat(deleted.errors()).isEmpty();
		assertThat(names(ListFilesRequest.builder().type(AssetType.ALL).build()))
			.containsExactlyInAnyOrder("e2e", "tokens");
		this.imageKit.customMetadataFields().delete(field.id()).block(TIMEOUT);
		assertThat(this.imageKit.customMetadataFields().list(ListCustomMetadataFieldsRequest.none()).block(TIMEOUT))
			.isEmpty();
	}

	@Test
	@Order(2)
	void copiesMovesRenamesAndKeepsVersionsOfFiles() {
		UploadedFile first = upload("photo.png", Images.png(2, 2), "/");
		UploadedFile second = upload("photo.png", Images.png(5, 5), "/");
		assertThat(second.fileId()).isEqualTo(first.fileId());
		List<FileDetails> versions = this.imageKit.files().versions().list(first.fileId()).block(TIMEOUT);
		assertThat(versions).hasSize(2);
		FileDetails oldest = versions.stream()
			.filter((version) -> version.versionInfo().id().equals(first.versionInfo().id()))
			.findFirst()
			.orElseThrow();
		assertThat(oldest.width()).isEqualTo(2);
		FileDetails version = this.imageKit.files()
			.versions()
			.get(first.fileId(), first.versionInfo().id())
			.block(TIMEOUT);
		assertThat(version.versionInfo().id()).isEqualTo(first.versionInfo().id());
		FileDetails restored = this.imageKit.files()
			.versions()
			.restore(first.fileId(), first.versionInfo().id())
			.block(TIMEOUT);
		assertThat(restored.width()).isEqualTo(2);
		assertThat(this.imageKit.files().get(first.fileId()).block(TIMEOUT).versionInfo().id())
			.isEqualTo(first.versionInfo().id());
		this.imageKit.files().versions().delete(first.fileId(), second.versionInfo().id()).block(TIMEOUT);
		assertThat(this.imageKit.files().versions().list(first.fileId()).block(TIMEOUT))
			.extracting((details) -> details.versionInfo().id())
			.containsExactly(first.versionInfo().id());

		this.imageKit.folders().create(new CreateFolderRequest("archive", "/")).block(TIMEOUT);
		this.imageKit.files().copy(CopyFileRequest.of("/photo.png", "/archive/")).block(TIMEOUT);
		this.imageKit.files().move(new MoveFileRequest("/photo.png", "/archive/moved/")).block(TIMEOUT);
		assertThat(this.imageKit.files().get(first.fileId()).block(TIMEOUT).filePath())
			.isEqualTo("/archive/moved/photo.png");
		this.imageKit.files().rename(RenameFileRequest.of("/archive/photo.png", "copy.png")).block(TIMEOUT);
		assertThat(names(ListFilesRequest.builder().path("/archive").type(AssetType.FILE).build()))
			.containsExactly("copy.png");
		assertThat(names(ListFilesRequest.builder().searchQuery("name = \"photo.png\"").build()))
			.containsExactly("photo.png");
	}

	@Test
	@Order(3)
	void copiesMovesAndRenamesFoldersAsJobs() throws Exception {
		this.imageKit.folders().create(new CreateFolderRequest("albums", "/")).block(TIMEOUT);
		this.imageKit.folders().create(new CreateFolderRequest("backup", "/")).block(TIMEOUT);
		this.imageKit.folders().create(new CreateFolderRequest("moved", "/")).block(TIMEOUT);
		this.imageKit.folders().create(new CreateFolderRequest("elsewhere", "/")).block(TIMEOUT);
		upload("cover.png", Images.png(3, 3), "/albums");

		BulkJobStarted copy = this.imageKit.folders().copy(CopyFolderRequest.of("/albums", "/backup")).block(TIMEOUT);
		assertThatExceptionOfType(LockedException.class)
			.isThrownBy(() -> this.imageKit.folders()
				.move(new MoveFolderRequest("/albums", "/elsewhere"))
				.block(TIMEOUT));
		assertThat(awaitJob(copy).status()).isEqualTo(BulkJobStatus.COMPLETED);
		assertThat(names(ListFilesRequest.builder().path("/backup/albums").build())).containsExactly("cover.png");

		BulkJobStarted move = this.imageKit.folders()
			.move(new MoveFolderRequest("/backup/albums", "/moved"))
			.block(TIMEOUT);
		assertThat(awaitJob(move).status()).isEqualTo(BulkJobStatus.COMPLETED);
		BulkJobStarted rename = this.imageKit.folders()
			.rename(RenameFolderRequest.of("/moved/albums", "renamed"))
			.block(TIMEOUT);
		ImageKitResponse<BulkJob> pending = this.imageKit.folders().withResponse().job(rename.jobId()).block(TIMEOUT);
		assertLoggedWithRequestId(pending);
		assertThat(pending.requiredBody().status()).isEqualTo(BulkJobStatus.PENDING);
		assertThat(this.imageKit.folders().awaitJob(rename.jobId(), TIMEOUT).block(TIMEOUT).status())
			.as("done at the poll after the pending one")
			.isEqualTo(BulkJobStatus.COMPLETED);
		assertThat(names(ListFilesRequest.builder().searchQuery("name = \"cover.png\"").build()))
			.containsExactly("cover.png", "cover.png");
		assertThat(names(ListFilesRequest.builder().path("/moved/renamed").build())).containsExactly("cover.png");

		this.imageKit.folders().delete("/moved").block(TIMEOUT);
		assertThat(names(ListFilesRequest.builder().path("/moved").build())).isEmpty();
		assertThat(names(ListFilesRequest.builder().searchQuery("name = \"cover.png\"").build()))
			.containsExactly("cover.png");
	}

	@Test
	@Order(4)
	void managesOriginsUrlEndpointsSavedExtensionsAndNamedTransformations() {
		Origin origin = this.imageKit.accounts()
			.origins()
			.create(OriginRequest.webFolder("Assets", URI.create("https://assets.example.com/images")))
			.block(TIMEOUT);
		assertThat(origin).isInstanceOf(Origin.WebFolder.class);
		assertThat(this.imageKit.accounts().origins().get(origin.id()).block(TIMEOUT).name()).isEqualTo("Assets");
		Origin renamedOrigin = this.imageKit.accounts()
			.origins()
			.update(origin.id(), OriginRequest.webFolder("Assets 2", URI.create("https://cdn.example.com")))
			.block(TIMEOUT);
		assertThat(renamedOrigin.name()).isEqualTo("Assets 2");
		assertThat(this.imageKit.accounts().origins().list().block(TIMEOUT)).extracting(Origin::id)
			.contains(origin.id());

		UrlEndpoint endpoint = this.imageKit.accounts()
			.urlEndpoints()
			.create(UrlEndpointRequest.builder("Shop images").urlPrefix("shop").origins(origin.id()).build())
			.block(TIMEOUT);
		assertThat(endpoint.origins()).containsExactly(origin.id());
		assertThat(this.imageKit.accounts().urlEndpoints().get(endpoint.id()).block(TIMEOUT).urlPrefix())
			.isEqualTo("shop");
		UrlEndpoint updatedEndpoint = this.imageKit.accounts()
			.urlEndpoints()
			.update(endpoint.id(), UrlEndpointRequest.builder("Shop").urlPrefix("store").origins(origin.id()).build())
			.block(TIMEOUT);
		assertThat(updatedEndpoint.urlPrefix()).isEqualTo("store");
		assertThat(this.imageKit.accounts().urlEndpoints().list().block(TIMEOUT))
			.extracting(UrlEndpoint::id)
			.contains(endpoint.id());
		this.imageKit.accounts().urlEndpoints().delete(endpoint.id()).block(TIMEOUT);
		this.imageKit.accounts().origins().delete(origin.id()).block(TIMEOUT);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.imageKit.accounts().origins().get(origin.id()).block(TIMEOUT));

		SavedExtension extension = this.imageKit.savedExtensions()
			.create(new CreateSavedExtensionRequest("Tagging", "Tags products",
					new AutoTagging(AutoTagging.Provider.GOOGLE, 80, 5)))
			.block(TIMEOUT);
		assertThat(this.imageKit.savedExtensions().get(extension.id()).block(TIMEOUT).config())
			.isEqualTo(new AutoTagging(AutoTagging.Provider.GOOGLE, 80, 5));
		SavedExtension describing = this.imageKit.savedExtensions()
			.update(extension.id(), UpdateSavedExtensionRequest.builder().config(new AiAutoDescription()).build())
			.block(TIMEOUT);
		assertThat(describing.config()).isEqualTo(new AiAutoDescription());
		assertThat(describing.name()).isEqualTo("Tagging");
		assertThat(this.imageKit.savedExtensions().list().block(TIMEOUT)).extracting(SavedExtension::id)
			.containsExactly(extension.id());
		this.imageKit.savedExtensions().delete(extension.id()).block(TIMEOUT);
		assertThat(this.imageKit.savedExtensions().list().block(TIMEOUT)).isEmpty();

		NamedTransformation thumbnail = this.imageKit.namedTransformations()
			.create(CreateNamedTransformationRequest.of("thumb", "w-100,h-100"))
			.block(TIMEOUT);
		assertThat(this.imageKit.namedTransformations().get(thumbnail.id()).block(TIMEOUT).transformation())
			.isEqualTo("w-100,h-100");
		NamedTransformation disabled = this.imageKit.namedTransformations()
			.update(thumbnail.id(), UpdateNamedTransformationRequest.builder().enabled(false).build())
			.block(TIMEOUT);
		assertThat(disabled.enabled()).isFalse();
		assertThat(this.imageKit.namedTransformations().list().block(TIMEOUT)).extracting(NamedTransformation::name)
			.containsExactly("thumb");
		this.imageKit.namedTransformations().delete(thumbnail.id()).block(TIMEOUT);
		assertThat(this.imageKit.namedTransformations().list().block(TIMEOUT)).isEmpty();
	}

	@Test
	@Order(5)
	void verifiesWebhooksSignedWithTheConfiguredSecret() throws Exception {
		String body = "{\"type\":\"file.created\",\"id\":\"evt_1\",\"created_at\":\"2026-01-01T00:00:00Z\","
				+ "\"data\":{\"fileId\":\"f1\",\"name\":\"a.png\",\"filePath\":\"/a.png\",\"type\":\"file\"}}";
		String id = "msg_e2e";
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		Mac mac = Mac.getInstance("HmacSHA256");
		byte[] key = Base64.getDecoder().decode(WEBHOOK_SECRET.substring("whsec_".length()));
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		String signature = Base64.getEncoder()
			.encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		Map<String, String> headers = new HashMap<>();
		headers.put("webhook-id", id);
		headers.put("webhook-timestamp", timestamp);
		headers.put("webhook-signature", "v1," + signature);

		WebhookEvent event = this.imageKit.webhooks().verify(body.getBytes(StandardCharsets.UTF_8), headers);
		assertThat(event).isInstanceOf(FileCreatedEvent.class);
		assertThat(event.id()).isEqualTo("evt_1");
		char first = signature.charAt(0);
		headers.put("webhook-signature", "v1," + ((first == 'A') ? 'B' : 'A') + signature.substring(1));
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.imageKit.webhooks().verify(body.getBytes(StandardCharsets.UTF_8), headers));
	}

	@Test
	@Order(6)
	void signsUrlsOfPrivateFilesAndPagesThroughListings() throws Exception {
		byte[] png = Images.png(6, 6);
		this.imageKit.uploads()
			.upload(UploadSource.of(png),
					UploadRequest.builder("secret.png").useUniqueFileName(false).isPrivateFile(true).build())
			.block(TIMEOUT);
		String unsigned = this.imageKit.urls().url(UrlRequest.forPath("/secret.png").build());
		assertThat(status(unsigned)).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(fetch(this.imageKit.urls().url(UrlRequest.forPath("/secret.png").signed(true).build())))
			.isEqualTo(png);
		String expiring = this.imageKit.urls()
			.url(UrlRequest.forPath("/secret.png")
				.transformation(Transformation.builder().width(3).build())
				.signed(true)
				.expiresIn(Duration.ofMinutes(5))
				.build());
		assertThat(expiring).contains("ik-t=");
		assertThat(width(fetch(expiring))).as("rendered by the emulator").isEqualTo(3);

		for (String name : List.of("a.png", "b.png", "c.png")) {
			upload(name, png, "/paged");
		}
		assertThat(this.imageKit.files()
			.listAll(ListFilesRequest.builder().path("/paged").sort(AssetSort.ASC_NAME).limit(1).build())
			.map(EmulatorEndToEndTests::name)
			.collectList()
			.block(TIMEOUT)).containsExactly("a.png", "b.png", "c.png");
		assertThat(emulator().requests("files.list")).hasSizeGreaterThanOrEqualTo(3);

		RenameFileResult renamed = this.imageKit.files()
			.rename(RenameFileRequest.of("/paged/c.png", "d.png").withPurgeCache(true))
			.block(TIMEOUT);
		assertThat(renamed.purgeRequestId()).isNotBlank();
		CompletableFuture<PurgeStatus> purged = this.imageKit.cache()
			.awaitPurge(renamed.purgeRequestId(), Duration.ofMinutes(1), this.scheduler)
			.toFuture();
		this.scheduler.awaitTimers(2);
		this.scheduler.advance(Polling.FIRST_DELAY);
		assertThat(purged.get(5, TimeUnit.SECONDS).isCompleted()).isTrue();
		assertThat(emulator().requests("cache.purgeStatus")).hasSize(2);
	}

	@Test
	@Order(7)
	void reportsFailuresWithTheDetailsTheSpecPromises() {
		UploadedFile file = upload("kept.png", Images.png(2, 2), "/");
		NotFoundException missing = catchThrowableOfType(NotFoundException.class,
				() -> this.imageKit.files()
					.addTags(List.of(file.fileId(), "missing_file_id"), List.of("x"))
					.block(TIMEOUT));
		assertThat(missing.missingFileIds()).containsExactly("missing_file_id");
		assertThat(missing.requestId()).isNotBlank();
		assertThat(emulator().requests("files.addTags")).extracting(RecordedRequest::requestId)
			.containsExactly(missing.requestId());

		BadRequestException badQuery = catchThrowableOfType(BadRequestException.class,
				() -> this.imageKit.files()
					.list(ListFilesRequest.builder().searchQuery("colour = \"red\"").build())
					.block(TIMEOUT));
		assertThat(badQuery.errorMessage()).startsWith("Invalid search query");

		NotFoundException noVersion = catchThrowableOfType(NotFoundException.class,
				() -> this.imageKit.files().versions().get(file.fileId(), "no_such_version").block(TIMEOUT));
		assertThat(noVersion.statusCode()).isEqualTo(404);
		assertThat(this.imageKit.files().get(file.fileId()).block(TIMEOUT).tags()).isNull();
	}

	@Test
	@Order(8)
	void roundTripsEveryKindOfOriginRewriterAndExtension() {
		List<OriginRequest> requests = List.of(OriginRequest.s3("S3", "bucket", "AKIA_ACCESS", "s3-secret"),
				OriginRequest.s3WithIamRole("S3 role", "bucket"),
				OriginRequest.s3Compatible("Minio", "bucket", URI.create("https://minio.example.com"), "access",
						"secret"),
				OriginRequest.cloudinaryBackup("Cloudinary", "bucket", "access", "secret"),
				OriginRequest.webFolder("Folder", URI.create("https://www.example.com/images")),
				OriginRequest.webProxy("Proxy"),
				OriginRequest.gcs("GCS", "bucket", "reader@project.iam.gserviceaccount.com",
						"-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n"),
				OriginRequest.azureBlob("Azure", "container", "account", "sv=2024&sig=abc"),
				OriginRequest.akeneoPim("Akeneo", URI.create("https://pim.example.com"), "client", "client-secret",
						"user", "password"));
		List<String> ids = new ArrayList<>();
		for (OriginRequest request : requests) {
			Origin created = this.imageKit.accounts().origins().create(request).block(TIMEOUT);
			assertThat(created.type()).as(request.name()).isEqualTo(request.type());
			assertThat(created.name()).isEqualTo(request.name());
			Origin read = this.imageKit.accounts().origins().get(created.id()).block(TIMEOUT);
			assertThat(read).as(request.name()).isEqualTo(created);
			ids.add(created.id());
		}
		assertThat(this.imageKit.accounts().origins().list().block(TIMEOUT)).extracting(Origin::id)
			.containsAll(ids);

		List<UrlRewriter> rewriters = List.of(UrlRewriter.cloudinary(true), UrlRewriter.imgix(), UrlRewriter.akamai());
		for (UrlRewriter rewriter : rewriters) {
			UrlEndpoint endpoint = this.imageKit.accounts()
				.urlEndpoints()
				.create(UrlEndpointRequest.builder("Rewritten")
					.urlPrefix("r" + ids.size() + rewriters.indexOf(rewriter))
					.origins(ids.get(0))
					.urlRewriter(rewriter)
					.build())
				.block(TIMEOUT);
			assertThat(this.imageKit.accounts().urlEndpoints().get(endpoint.id()).block(TIMEOUT).urlRewriter())
				.isEqualTo(rewriter);
		}

		List<Extension> configs = List.of(new AutoTagging(AutoTagging.Provider.AWS, 50, 10),
				new RemoveBackground(new RemoveBackground.Options(true, false, "FFFFFF", null)),
				new AiAutoDescription(),
				new AiTasks(List.of(new AiTask.SelectTags("Pick the colours", List.of("red", "blue"), 1, 2),
						new AiTask.YesNo("Is it a shoe?", AiTaskAction.addTags("shoe"), null, null))));
		for (Extension config : configs) {
			SavedExtension saved = this.imageKit.savedExtensions()
				.create(new CreateSavedExtensionRequest(config.name(), "Saved " + config.name(), config))
				.block(TIMEOUT);
			assertThat(this.imageKit.savedExtensions().get(saved.id()).block(TIMEOUT).config()).isEqualTo(config);
		}
	}

	@Test
	@Order(9)
	void uploadsWithEveryOptionAndReadsThemBack() throws Exception {
		this.imageKit.customMetadataFields()
			.create(new CreateCustomMetadataFieldRequest("price", "Price",
					CustomMetadataFieldSchema.number().minValue(0).maxValue(1000).build()))
			.block(TIMEOUT);
		this.imageKit.customMetadataFields()
			.create(new CreateCustomMetadataFieldRequest("colour", "Colour",
					CustomMetadataFieldSchema.singleSelect(List.of("red", "blue")).defaultValue("red").build()))
			.block(TIMEOUT);
		UploadedFile file = uploaded(this.imageKit.uploads()
			.upload(UploadSource.of(Images.png(8, 4)),
					UploadRequest.builder("options.png")
						.useUniqueFileName(false)
						.folder("/options")
						.tags("a", "b")
						.isPublished(true)
						.customCoordinates("1,1,2,2")
						.customMetadata("price", 12.5)
						.description("A described file")
						.extensions(new AutoTagging(AutoTagging.Provider.GOOGLE, 70, 3))
						.responseFields(ResponseField.TAGS, ResponseField.CUSTOM_COORDINATES,
								ResponseField.IS_PRIVATE_FILE, ResponseField.IS_PUBLISHED,
								ResponseField.CUSTOM_METADATA, ResponseField.METADATA,
								ResponseField.EMBEDDED_METADATA)
						.build())
			.block(TIMEOUT));
		assertThat(file.tags()).containsExactly("a", "b");
		assertThat(file.customCoordinates()).isEqualTo("1,1,2,2");
		assertThat(file.isPrivateFile()).isFalse();
		assertThat(file.isPublished()).isTrue();
		assertThat(file.customMetadata()).containsEntry("price", 12.5).containsEntry("colour", "red");
		assertThat(file.metadata()).containsEntry("width", 8);
		assertThat(file.description()).isEqualTo("A described file");
		assertThat(file.extensionStatus()).containsKey("google-auto-tagging");

		FileDetails unpublished = this.imageKit.files()
			.update(file.fileId(), UpdateFileRequest.publish(false, false))
			.block(TIMEOUT);
		assertThat(unpublished.isPublished()).isFalse();
		FileDetails cleared = this.imageKit.files()
			.update(file.fileId(),
					UpdateFileRequest.builder()
						.clearTags()
						.clearCustomCoordinates()
						.removeCustomMetadata("price")
						.description("Changed")
						.build())
			.block(TIMEOUT);
		assertThat(cleared.tags()).isNull();
		assertThat(cleared.customCoordinates()).isNull();
		assertThat(cleared.customMetadata()).doesNotContainKey("price");
		assertThat(cleared.description()).isEqualTo("Changed");
		assertThat(names(ListFilesRequest.builder().searchQuery("published = false").build()))
			.containsExactly("options.png");
		assertThat(this.imageKit.customMetadataFields()
			.list(new ListCustomMetadataFieldsRequest(false, "/options"))
			.block(TIMEOUT)).extracting(CustomMetadataField::name).containsExactlyInAnyOrder("price", "colour");

		this.imageKit.folders().create(new CreateFolderRequest("copies", "/")).block(TIMEOUT);
		upload("options.png", Images.png(9, 4), "/options");
		this.imageKit.files().copy(CopyFileRequest.of("/options/options.png", "/copies/").withFileVersions(true))
			.block(TIMEOUT);
		FileDetails copy = this.imageKit.files()
			.list(ListFilesRequest.builder().path("/copies").build())
			.block(TIMEOUT)
			.items()
			.stream()
			.map(FileDetails.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(this.imageKit.files().versions().list(copy.fileId()).block(TIMEOUT)).hasSize(2);

		BulkJobStarted rename = this.imageKit.folders()
			.rename(RenameFolderRequest.of("/copies", "renamed-copies").withPurgeCache(true))
			.block(TIMEOUT);
		BulkJob renamed = awaitJob(rename);
		assertThat(renamed.status()).isEqualTo(BulkJobStatus.COMPLETED);
		assertThat(renamed.purgeRequestId()).isNotBlank();
		BulkJobStarted copyWithVersions = this.imageKit.folders()
			.copy(CopyFolderRequest.of("/options", "/renamed-copies").withVersions(false))
			.block(TIMEOUT);
		assertThat(awaitJob(copyWithVersions).type()).isEqualTo(BulkJobType.COPY_FOLDER);
		FileDetails copiedWithoutVersions = (FileDetails) this.imageKit.files()
			.list(ListFilesRequest.builder().path("/renamed-copies/options").build())
			.block(TIMEOUT)
			.items()
			.get(0);
		assertThat(this.imageKit.files().versions().list(copiedWithoutVersions.fileId()).block(TIMEOUT)).hasSize(1);
	}

	@Test
	@Order(10)
	void waitsOutTheServersRateLimit() {
		UploadedFile file = upload("limited.png", Images.png(2, 2), "/");
		// A short window: the client waits it out for real, as it would against ImageKit.
		emulator().rateLimit("files.get", RateLimit.of(2, Duration.ofMillis(200)));
		try {
			List<String> ids = Flux.range(0, 6)
				.concatMap((index) -> this.imageKit.files().get(file.fileId()))
				.map(FileDetails::fileId)
				.collectList()
				.block(TIMEOUT);
			assertThat(ids).hasSize(6).containsOnly(file.fileId());
		}
		finally {
			emulator().rateLimit("files.get", null);
		}
		List<RecordedRequest> calls = emulator().requests("files.get");
		assertThat(calls).filteredOn((call) -> call.status() == 200).hasSize(6);
		// The emulator's windows are fixed, aligned to multiples of the interval, and the client's cycles need not
		// line up with them; the learned limit still keeps refusals well below the calls sent.
		assertThat(calls).filteredOn((call) -> call.status() == 429).isNotEmpty().hasSizeLessThan(6);
	}

	@Test
	@Order(11)
	void readsEveryFieldTheEmulatorSends() {
		this.imageKit.customMetadataFields()
			.create(new CreateCustomMetadataFieldRequest("sku", "SKU", CustomMetadataFieldSchema.text().build()))
			.block(TIMEOUT);
		UploadedFile uploaded = uploaded(this.imageKit.uploads()
			.upload(UploadSource.of(Images.png(3, 2)),
					UploadRequest.builder("fields.png")
						.folder("/fields")
						.tags("t")
						.customCoordinates("0,0,1,1")
						.customMetadata("sku", "S-1")
						.description("All fields")
						.responseFields(ResponseField.values())
						.build())
			.block(TIMEOUT));
		assertThat(uploaded).hasNoNullFieldsOrPropertiesExcept("bitRate", "duration", "audioCodec", "videoCodec",
				"aiTags", "extensionStatus", "selectedFieldsSchema");
		FileDetails details = this.imageKit.files().get(uploaded.fileId()).block(TIMEOUT);
		assertThat(details).hasNoNullFieldsOrPropertiesExcept("bitRate", "duration", "audioCodec", "videoCodec",
				"aiTags", "extensionStatus", "selectedFieldsSchema", "embeddedMetadata");
		assertThat(details.mime()).isEqualTo("image/png");
		assertThat(details.fileType()).isEqualTo("image");
		assertThat(details.createdAt()).isBeforeOrEqualTo(details.updatedAt());
		Asset folder = this.imageKit.files()
			.list(ListFilesRequest.builder().type(AssetType.FOLDER).build())
			.block(TIMEOUT)
			.items()
			.get(0);
		assertThat(folder).isInstanceOf(FolderDetails.class)
			.hasNoNullFieldsOrPropertiesExcept("customMetadata");
		Metadata metadata = this.imageKit.metadata().get(uploaded.fileId()).block(TIMEOUT);
		assertThat(metadata).hasNoNullFieldsOrPropertiesExcept("bitRate", "duration", "audioCodec", "videoCodec",
				"exif", "quality", "density", "pHash");
		NamedTransformation named = this.imageKit.namedTransformations()
			.create(CreateNamedTransformationRequest.of("small", "w-10"))
			.block(TIMEOUT);
		assertThat(named).hasNoNullFieldsOrProperties();
		SavedExtension saved = this.imageKit.savedExtensions()
			.create(new CreateSavedExtensionRequest("describe", "Describes", new AiAutoDescription()))
			.block(TIMEOUT);
		assertThat(saved).hasNoNullFieldsOrProperties();
		UsageAnalytics analytics = this.imageKit.accounts()
			.usageAnalytics(today().minusDays(1), today())
			.block(TIMEOUT);
		assertThat(analytics.startDate()).isEqualTo(today().minusDays(1));
		assertThat(analytics.endDate()).isEqualTo(today());
		assertThat(analytics.generatedAt()).isNotNull();
		assertThat(analytics.otherFields()).as("fields the client does not know").isEmpty();
	}

	@Test
	@Order(12)
	void uploadsFromAUrlAndFromBase64AndEvolvesFieldSchemas() throws Exception {
		byte[] png = Images.png(5, 4);
		UploadedFile original = upload("original.png", png, "/");
		UploadedFile fromUrl = uploaded(this.imageKit.uploads()
			.upload(UploadSource.fromUrl(URI.create(original.url())),
					UploadRequest.builder("from-url.png").useUniqueFileName(false).build())
			.block(TIMEOUT));
		assertThat(fromUrl.size()).isEqualTo(png.length);
		UploadedFile fromBase64 = uploaded(this.imageKit.uploads()
			.upload(UploadSource.base64(Base64.getEncoder().encodeToString(png)),
					UploadRequest.builder("from-base64.png").useUniqueFileName(false).build())
			.block(TIMEOUT));
		assertThat(fromBase64.width()).isEqualTo(5);
		assertThat(fetch(fromBase64.url())).isEqualTo(png);

		CustomMetadataField rating = this.imageKit.customMetadataFields()
			.create(new CreateCustomMetadataFieldRequest("rating", "Rating",
					CustomMetadataFieldSchema.number().minValue(1).maxValue(5).build()))
			.block(TIMEOUT);
		assertThatExceptionOfType(BadRequestException.class).as("outside the field's range")
			.isThrownBy(() -> this.imageKit.files()
				.update(original.fileId(), UpdateFileRequest.builder().customMetadata(Map.of("rating", 9)).build())
				.block(TIMEOUT));
		CustomMetadataField widened = this.imageKit.customMetadataFields()
			.update(rating.id(), UpdateCustomMetadataFieldRequest
				.newSchema(CustomMetadataFieldSchema.number().minValue(1).maxValue(10).build()))
			.block(TIMEOUT);
		assertThat(widened.schema().maxValue()).isEqualTo(10);
		assertThat(this.imageKit.files()
			.update(original.fileId(), UpdateFileRequest.builder().customMetadata(Map.of("rating", 9)).build())
			.block(TIMEOUT)
			.customMetadata()).containsEntry("rating", 9);
		this.imageKit.customMetadataFields().delete(rating.id()).block(TIMEOUT);
		assertThat(this.imageKit.customMetadataFields().list(ListCustomMetadataFieldsRequest.none()).block(TIMEOUT))
			.isEmpty();
		assertThat(this.imageKit.customMetadataFields()
			.list(new ListCustomMetadataFieldsRequest(true, null))
			.block(TIMEOUT)).extracting(CustomMetadataField::id).containsExactly(rating.id());
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void everyOperationOfTheClientWasExercised() {
		Map<ImageKitOperation, String> emulatorIds = new HashMap<>();
		List<ImageKitOperation> missing = new ArrayList<>();
		for (ImageKitOperation operation : ImageKitOperation.values()) {
			String pattern = operation.pathTemplate().replaceAll("\\{[^}]+}", "[^/]+");
			List<String> ids = exercised.stream()
				.filter((request) -> request.method().equals(operation.method().name())
						&& request.path().matches(pattern) && request.status() >= 200 && request.status() < 300)
				.map(RecordedRequest::operationId)
				.distinct()
				.toList();
			if (ids.isEmpty()) {
				missing.add(operation);
			}
			else {
				assertThat(ids).as("emulator operations answering %s", operation).hasSize(1);
				emulatorIds.put(operation, ids.get(0));
			}
		}
		assertThat(missing).as("operations no end-to-end test sent successfully").isEmpty();
		assertThat(emulatorIds.values()).as("one emulator operation per client operation")
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(ImageKitEmulator.operationIds());
		emulatorIds.forEach((operation, emulatorId) -> assertThat(emulatorId)
			.as("the emulator's name for %s", operation)
			.isEqualTo(operation.id()));
	}

	private BulkJob awaitJob(BulkJobStarted started) throws Exception {
		SteppedScheduler scheduler = new SteppedScheduler();
		CompletableFuture<BulkJob> finished = this.imageKit.folders()
			.awaitJob(started.jobId(), Duration.ofMinutes(1), scheduler)
			.toFuture();
		scheduler.awaitTimers(2);
		scheduler.advance(Polling.FIRST_DELAY);
		return finished.get(5, TimeUnit.SECONDS);
	}

	private UploadedFile upload(String name, byte[] content, String folder) {
		return uploaded(this.imageKit.uploads()
			.upload(UploadSource.of(content),
					UploadRequest.builder(name).useUniqueFileName(false).folder(folder).build())
			.block(TIMEOUT));
	}

	private static UploadedFile uploaded(UploadResult result) {
		assertThat(result).isInstanceOf(UploadedFile.class);
		return (UploadedFile) result;
	}

	private List<String> names(ListFilesRequest request) {
		return this.imageKit.files()
			.list(request)
			.block(TIMEOUT)
			.items()
			.stream()
			.map(EmulatorEndToEndTests::name)
			.toList();
	}

	private static String name(Asset asset) {
		if (asset instanceof FileDetails file) {
			return file.name();
		}
		return ((FolderDetails) asset).name();
	}

	private Map<String, Object> uploadLikeABrowser(UploadAuthParameters auth, byte[] content) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", content).filename("from-browser.png");
		parts.part("fileName", "from-browser.png");
		parts.part("useUniqueFileName", "false");
		parts.part("publicKey", auth.publicKey());
		parts.part("token", auth.token());
		parts.part("expire", Long.toString(auth.expire()));
		parts.part("signature", auth.signature());
		ResponseEntity<Map<String, Object>> response = this.http.post()
			.uri(emulator().baseUrl() + "/api/v1/files/upload")
			.body(BodyInserters.fromMultipartData(parts.build()))
			.retrieve()
			.toEntity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.block(TIMEOUT);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		HttpStatus replay = this.http.post()
			.uri(emulator().baseUrl() + "/api/v1/files/upload")
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchangeToMono((answer) -> Mono.just(HttpStatus.valueOf(answer.statusCode().value())))
			.block(TIMEOUT);
		assertThat(replay).as("a spent token").isEqualTo(HttpStatus.BAD_REQUEST);
		return response.getBody();
	}

	private Map<String, Object> uploadWithToken(String token, UploadRequest request, byte[] content) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", content).filename(request.fileName());
		request.wireFields().forEach(parts::part);
		parts.part("token", token);
		return this.http.post()
			.uri(emulator().baseUrl() + "/api/v2/files/upload")
			.body(BodyInserters.fromMultipartData(parts.build()))
			.retrieve()
			.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.block(TIMEOUT);
	}

	private HttpStatus status(String url) throws Exception {
		return HttpStatus.valueOf(get(url).statusCode());
	}

	private static int width(byte[] image) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(image)).getWidth();
	}

	private byte[] fetch(String url) throws Exception {
		HttpResponse<byte[]> response = get(url);
		assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
		return response.body();
	}

	// The JDK client, not Reactor Netty: its debug log would print the signed URLs, signatures included.
	static HttpResponse<byte[]> get(String url) throws Exception {
		return DELIVERY.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static void assertLoggedWithRequestId(ImageKitResponse<?> response) {
		assertThat(response.requestId()).isNotBlank();
		assertThat(emulator().requests()).extracting(RecordedRequest::requestId).contains(response.requestId());
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	private static ImageKitEmulator emulator() {
		return emulatorExtension.emulator();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		ImageKitConnectionDetails imageKitConnectionDetails() {
			return new EmulatorConnectionDetails(emulator());
		}

	}

}
