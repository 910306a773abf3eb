package io.github.imagekitspring.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.custommetadata.CreateCustomMetadataFieldRequest;
import io.github.imagekitspring.custommetadata.CustomMetadataFieldSchema;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.folders.CopyFolderRequest;
import io.github.imagekitspring.folders.CreateFolderRequest;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.urls.UrlRequest;
import io.github.imagekitspring.webhooks.WebhookVerificationException;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input across the API, as a table: each case fails when the method is called (not when subscribed), with an
 * exception whose message names the argument, and the server never sees a request.
 */
class BadInputTests {

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private static final String WEBHOOK_SECRET = "whsec_c2VjcmV0LWZvci13ZWJob29rcy10ZXN0cw==";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static ImageKitOperations imageKit() {
		return ImageKitClient.builder()
			.privateKey("private_test_key_123")
			.publicKey("public_test_key_123")
			.urlEndpoint("https://ik.imagekit.io/demo")
			.webhookSecret(WEBHOOK_SECRET)
			.clock(Clock.fixed(NOW, ZoneOffset.UTC))
			.apiBaseUrl(server.baseUrl())
			.uploadBaseUrl(server.baseUrl())
			.build();
	}

	record Case(String name, ThrowingCallable call, Class<? extends Throwable> error, String names) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Arguments> cases() {
		List<Case> cases = new ArrayList<>();
		// Ids
		bad(cases, "files.get null id", () -> imageKit().files().get(null), "fileId");
		bad(cases, "files.get blank id", () -> imageKit().files().get("  "), "fileId");
		bad(cases, "files.get id with a path", () -> imageKit().files().get("abc/../def"), "fileId");
		bad(cases, "files.update null request", () -> imageKit().files().update("abc", null), "request");
		bad(cases, "files.delete empty id", () -> imageKit().files().delete(""), "fileId");
		bad(cases, "files.versions.get null version", () -> imageKit().files().versions().get("abc", null), "versionId");
		bad(cases, "files.versions.delete version with a path", () -> imageKit().files().versions().delete("abc", "v/1"),
				"versionId");
		bad(cases, "metadata.get blank id", () -> imageKit().metadata().get(" "), "fileId");
		bad(cases, "cache.purgeStatus empty id", () -> imageKit().cache().purgeStatus(""), "requestId");
		bad(cases, "folders.job id with a path", () -> imageKit().folders().job("jobs/1"), "jobId");
		bad(cases, "customMetadataFields.update blank id",
				() -> imageKit().customMetadataFields().update(" ", null), "id");
		bad(cases, "origins.get id with a path", () -> imageKit().accounts().origins().get("a/b"), "id");
		bad(cases, "savedExtensions.get empty id", () -> imageKit().savedExtensions().get(""), "id");
		bad(cases, "namedTransformations.delete null id", () -> imageKit().namedTransformations().delete(null), "id");
		// Lists
		bad(cases, "files.bulkDelete null list", () -> imageKit().files().bulkDelete(null), "fileIds");
		bad(cases, "files.bulkDelete empty list", () -> imageKit().files().bulkDelete(List.of()), "fileIds");
		bad(cases, "files.bulkDelete 101 ids", () -> imageKit().files().bulkDelete(ids(101)), "fileIds");
		bad(cases, "files.addTags 51 files", () -> imageKit().files().addTags(ids(51), List.of("sale")), "fileIds");
		bad(cases, "files.addTags blank file id", () -> imageKit().files().addTags(List.of("a", " "), List.of("t")),
				"fileIds");
		bad(cases, "files.addTags null tags", () -> imageKit().files().addTags(List.of("a"), null), "tags");
		bad(cases, "files.removeTags null tag entry",
				() -> imageKit().files().removeTags(List.of("a"), Collections.singletonList(null)), "tags");
		bad(cases, "files.removeAITags empty list", () -> imageKit().files().removeAITags(List.of("a"), List.of()),
				"aiTags");
		// Limits
		bad(cases, "files.list negative limit", () -> ListFilesRequest.builder().limit(-1).build(), "limit");
		bad(cases, "files.list limit over 1000", () -> ListFilesRequest.builder().limit(1001).build(), "limit");
		bad(cases, "files.list negative skip", () -> ListFilesRequest.builder().skip(-5).build(), "skip");
		bad(cases, "files.list null request", () -> imageKit().files().list(null), "request");
		// Dates
		bad(cases, "usage null start", () -> imageKit().accounts().usage(null, LocalDate.of(2026, 1, 2)), "startDate");
		bad(cases, "usage end before start",
				() -> imageKit().accounts().usage(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)), "endDate");
		bad(cases, "usage range over 90 days",
				() -> imageKit().accounts().usage(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)), "endDate");
		// Folders
		bad(cases, "folders.create name with a slash", () -> new CreateFolderRequest("a/b", "/"), "folderName");
		bad(cases, "folders.create blank parent", () -> new CreateFolderRequest("a", " "), "parentFolderPath");
		bad(cases, "folders.copy blank source", () -> CopyFolderRequest.of("", "/b"), "sourceFolderPath");
		bad(cases, "folders.delete null path", () -> imageKit().folders().delete(null), "folderPath");
		bad(cases, "folders.awaitJob zero timeout", () -> imageKit().folders().awaitJob("job-1", Duration.ZERO),
				"timeout");
		bad(cases, "upload folder with forbidden characters",
				() -> UploadRequest.builder("a.jpg").folder("/bad*folder?").build(), "folder");
		// Custom metadata schemas
		bad(cases, "custom metadata negative minLength", () -> CustomMetadataFieldSchema.text().minLength(-1).build(),
				"minLength");
		bad(cases, "custom metadata minLength above maxLength",
				() -> CustomMetadataFieldSchema.text().minLength(10).maxLength(5).build(), "minLength");
		bad(cases, "custom metadata select without options",
				() -> CustomMetadataFieldSchema.singleSelect(List.of()).build(), "selectOptions");
		bad(cases, "custom metadata required without default",
				() -> CustomMetadataFieldSchema.number().valueRequired(true).build(), "defaultValue");
		bad(cases, "custom metadata field without schema",
				() -> new CreateCustomMetadataFieldRequest("price", "Price", null), "schema");
		// URLs and base URLs
		bad(cases, "client plain-http API base URL",
				() -> ImageKitClient.builder().privateKey("private_x").apiBaseUrl("http://api.imagekit.io").build(),
				"apiBaseUrl");
		bad(cases, "client ftp upload base URL",
				() -> ImageKitClient.builder().privateKey("private_x").uploadBaseUrl("ftp://upload.imagekit.io").build(),
				"uploadBaseUrl");
		bad(cases, "client blank private key", () -> ImageKitClient.builder().privateKey(" ").build(), "privateKey");
		bad(cases, "metadata.fromUrl not http", () -> imageKit().metadata().fromUrl("ftp://example.com/a.jpg"), "url");
		bad(cases, "cache.purge not a URL", () -> imageKit().cache().purge("not a url"), "url");
		bad(cases, "url source not a URL", () -> UrlRequest.forSrc("not-a-url").build(), "src");
		bad(cases, "url negative expiry",
				() -> UrlRequest.forPath("/a.jpg").expiresIn(Duration.ofSeconds(-5)).build(), "expiresIn");
		// Uploads
		bad(cases, "upload file that does not exist",
				() -> UploadSource.of(Path.of("/does/not/exist/photo.jpg")), "path");
		bad(cases, "upload null source",
				() -> imageKit().uploads().upload(null, UploadRequest.builder("a.jpg").build()), "source");
		bad(cases, "upload blank file name", () -> UploadRequest.builder(" ").build(), "fileName");
		bad(cases, "upload malformed custom coordinates",
				() -> UploadRequest.builder("a.jpg").customCoordinates("1,2").build(), "customCoordinates");
		// Signing times
		bad(cases, "auth parameters expired",
				() -> imageKit().uploads().authenticationParameters(null, NOW.getEpochSecond() - 1), "expire");
		bad(cases, "auth parameters 2 hours ahead",
				() -> imageKit().uploads().authenticationParameters(null, NOW.getEpochSecond() + 7200), "expire");
		bad(cases, "upload token negative validity", () -> imageKit().uploads()
			.uploadToken(UploadRequest.builder("a.jpg").build(), Duration.ofSeconds(-1)), "validity");
		bad(cases, "upload token valid 2 hours", () -> imageKit().uploads()
			.uploadToken(UploadRequest.builder("a.jpg").build(), Duration.ofHours(2)), "validity");
		// Webhooks
		webhook(cases, "webhook bad signature", NOW.getEpochSecond(), "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
				"webhook-signature");
		webhook(cases, "webhook stale timestamp", NOW.getEpochSecond() - 3600,
				"v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "timestamp");
		webhook(cases, "webhook future timestamp", NOW.getEpochSecond() + 3600,
				"v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "timestamp");
		cases.add(new Case("webhook without signature header",
				() -> imageKit().webhooks().verify("{}", Map.of("webhook-id", "msg_1")), WebhookVerificationException.class,
				"webhook-signature"));
		return cases.stream().map(Arguments::of);
	}

	private static void bad(List<Case> cases, String name, ThrowingCallable call, String argument) {
		cases.add(new Case(name, call, IllegalArgumentException.class, argument));
	}

	private static void webhook(List<Case> cases, String name, long timestamp, String signature, String names) {
		Map<String, String> headers = Map.of("webhook-id", "msg_1", "webhook-timestamp", String.valueOf(timestamp),
				"webhook-signature", signature);
		cases.add(new Case(name, () -> imageKit().webhooks().verify("{\"type\":\"file.created\"}", headers),
				WebhookVerificationException.class, names));
	}

	private static List<String> ids(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "file" + i).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void failsWhenCalledNamingTheArgument(Case bad) {
		assertThatThrownBy(bad.call()).isInstanceOf(bad.error()).hasMessageContaining(bad.names());
	}

	@Test
	void theTableHoldsAtLeastFortyCases() {
		assertThat(cases().count()).isGreaterThanOrEqualTo(40);
	}

	@AfterEach
	void nothingWasSent() {
		assertThat(server.getAllServeEvents()).isEmpty();
	}

}
