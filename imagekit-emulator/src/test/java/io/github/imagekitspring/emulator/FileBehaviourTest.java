package io.github.imagekitspring.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Tags, versions, copy/move, folder jobs with locks, purge and custom metadata, over plain HTTP. */
class FileBehaviourTest {

	static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

	static final MutableClock CLOCK = MutableClock.at(START);

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension.create((b) -> b.clock(CLOCK));

	Http http;

	@BeforeEach
	void setUp(ImageKitEmulator emulator) {
		CLOCK.set(START);
		// Only the clock completes jobs in these tests: no number of polls does.
		emulator.asyncCompletion(Duration.ofSeconds(30), Integer.MAX_VALUE);
		this.http = new Http(emulator);
	}

	private String upload(String name, String folder, Map<String, Object> extra) {
		Map<String, Object> fields = new java.util.LinkedHashMap<>(Map.of("useUniqueFileName", "false", "folder", folder));
		fields.putAll(extra);
		return this.http.uploadFile(name, TestImages.png(10, 10), fields).json().get("fileId").asString();
	}

	private JsonNode details(String fileId) {
		return this.http.get("/v1/files/" + fileId + "/details").json();
	}

	@Test
	void tagAndUntag() {
		String a = upload("a.png", "/", Map.of("tags", "one"));
		String b = upload("b.png", "/", Map.of());
		Http.Response added = this.http.post("/v1/files/addTags", Map.of("fileIds", List.of(a, b), "tags", List.of("two", "three")));
		assertThat(added.json().get("successfullyUpdatedFileIds")).hasSize(2);
		assertThat(details(a).get("tags").toString()).isEqualTo("[\"one\",\"two\",\"three\"]");
		assertThat(details(b).get("tags").toString()).isEqualTo("[\"two\",\"three\"]");

		this.http.post("/v1/files/removeTags", Map.of("fileIds", List.of(a, b), "tags", List.of("two", "three")));
		assertThat(details(a).get("tags").toString()).isEqualTo("[\"one\"]");
		assertThat(details(b).get("tags").isNull()).isTrue();

		Http.Response missing = this.http.post("/v1/files/addTags", Map.of("fileIds", List.of(a, "ghost"), "tags", List.of("x")));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("missingFileIds").toString()).isEqualTo("[\"ghost\"]");
		assertThat(details(a).get("tags").toString()).as("nothing changes when a file is missing").isEqualTo("[\"one\"]");
	}

	@Test
	void overwritingCreatesVersionsWithOverwriteFlags() {
		String id = upload("doc.png", "/v", Map.of("tags", "keep"));
		CLOCK.advance(Duration.ofMinutes(1));
		assertThat(upload("doc.png", "/v", Map.of("overwriteTags", "false"))).isEqualTo(id);
		assertThat(details(id).get("tags").toString()).isEqualTo("[\"keep\"]");
		CLOCK.advance(Duration.ofMinutes(1));
		upload("doc.png", "/v", Map.of());
		assertThat(details(id).get("tags").isNull()).as("overwriteTags defaults to true").isTrue();

		JsonNode versions = this.http.get("/v1/files/" + id + "/versions").json();
		assertThat(versions).hasSize(3);
		assertThat(versions.get(0).get("type").asString()).isEqualTo("file-version");
		assertThat(versions.get(2).get("type").asString()).isEqualTo("file");
		assertThat(versions.get(2).get("versionInfo").get("name").asString()).isEqualTo("Version 3");
		assertThat(this.http.get("/v1/files?type=file-version").json()).hasSize(2);

		Http.Response refused = this.http.upload("/api/v1/files/upload", Map.of("file", new byte[] { 1 }, "fileName", "doc.png", "folder", "/v",
				"useUniqueFileName", "false", "overwriteFile", "false"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("message").asString()).contains("overwriteFile and useUniqueFileName are set to false");

		String first = versions.get(0).get("versionInfo").get("id").asString();
		JsonNode restored = this.http.put("/v1/files/" + id + "/versions/" + first + "/restore", null).json();
		assertThat(restored.get("versionInfo").get("id").asString()).isEqualTo(first);
		assertThat(restored.get("tags").toString()).isEqualTo("[\"keep\"]");
	}

	@Test
	void copyOntoAnExistingNameAppendsVersionsAndMoveKeepsTheFileId() {
		String target = upload("same.png", "/dest", Map.of());
		String source = upload("same.png", "/src", Map.of());
		upload("same.png", "/src", Map.of());
		assertThat(this.http.post("/v1/files/copy", Map.of("sourceFilePath", "/src/same.png", "destinationPath", "/dest",
				"includeFileVersions", true)).status()).isEqualTo(204);
		assertThat(this.http.get("/v1/files/" + target + "/versions").json()).hasSize(3);
		assertThat(this.http.get("/v1/files/" + source + "/versions").json()).as("the source is untouched").hasSize(2);

		assertThat(this.http.post("/v1/files/move", Map.of("sourceFilePath", "/src/same.png", "destinationPath", "/elsewhere")).status())
			.isEqualTo(204);
		assertThat(details(source).get("filePath").asString()).isEqualTo("/elsewhere/same.png");
		assertThat(this.http.get("/v1/files/" + source + "/versions").json()).hasSize(2);

		assertThat(this.http.put("/v1/files/rename", Map.of("filePath", "/elsewhere/same.png", "newFileName", "renamed.png")).json().size()).isZero();
		assertThat(details(source).get("name").asString()).isEqualTo("renamed.png");
		upload("taken.png", "/elsewhere", Map.of());
		Http.Response clash = this.http.put("/v1/files/rename", Map.of("filePath", "/elsewhere/renamed.png", "newFileName", "taken.png"));
		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.json().get("reason").asString()).isEqualTo("FILE_ALREADY_EXISTS");
	}

	@Test
	void folderMoveJobIsPendingAndLocksTheFolderUntilCompleted(ImageKitEmulator emulator) {
		String id = upload("inside.png", "/album", Map.of());
		this.http.post("/v1/folder", Map.of("folderName", "archive", "parentFolderPath", "/"));
		String jobId = this.http.post("/v1/bulkJobs/moveFolder", Map.of("sourceFolderPath", "/album", "destinationPath", "/archive"))
			.json().get("jobId").asString();

		assertThat(this.http.get("/v1/bulkJobs/" + jobId).json().get("status").asString()).isEqualTo("Pending");
		Http.Response locked = this.http.upload("/api/v1/files/upload", Map.of("file", new byte[] { 1 }, "fileName", "new.bin", "folder", "/album"));
		// The spec declares 423 only on the folder job operations; elsewhere the lock shows as a 400.
		assertThat(locked.status()).isEqualTo(400);
		assertThat(locked.json().get("message").asString()).contains("bulk job is running");
		assertThat(this.http.put("/v1/files/rename", Map.of("filePath", "/album/inside.png", "newFileName", "x.png")).status()).isEqualTo(400);
		assertThat(this.http.post("/v1/bulkJobs/copyFolder", Map.of("sourceFolderPath", "/archive", "destinationPath", "/")).status())
			.isEqualTo(423);
		assertThat(this.http.post("/v1/files/batch/deleteByFileIds", Map.of("fileIds", List.of(id))).status())
			.as("a bulk call on a locked file is a partial failure").isEqualTo(207);
		assertThat(details(id).get("filePath").asString()).isEqualTo("/album/inside.png");
		assertThat(this.http.upload("/api/v1/files/upload", Map.of("file", new byte[] { 1 }, "fileName", "root.bin")).status())
			.as("folders outside the job stay writable").isEqualTo(200);

		CLOCK.advance(Duration.ofSeconds(30));
		JsonNode status = this.http.get("/v1/bulkJobs/" + jobId).json();
		assertThat(status.get("status").asString()).isEqualTo("Completed");
		assertThat(status.get("type").asString()).isEqualTo("MOVE_FOLDER");
		assertThat(details(id).get("filePath").asString()).isEqualTo("/archive/album/inside.png");
		assertThat(this.http.get("/v1/files?type=folder&path=/archive").json().get(0).get("folderPath").asString()).isEqualTo("/archive/album");
		assertThat(this.http.upload("/api/v1/files/upload", Map.of("file", new byte[] { 1 }, "fileName", "new.bin", "folder", "/album"))
			.status()).isEqualTo(200);
	}

	@Test
	void jobsCanCompleteAfterAGivenNumberOfPolls(ImageKitEmulator emulator) {
		emulator.asyncCompletion(Duration.ofDays(1), 2);
		upload("f.png", "/one", Map.of());
		String jobId = this.http.post("/v1/bulkJobs/renameFolder", Map.of("folderPath", "/one", "newFolderName", "two")).json().get("jobId").asString();
		assertThat(this.http.get("/v1/bulkJobs/" + jobId).json().get("status").asString()).isEqualTo("Pending");
		assertThat(this.http.get("/v1/bulkJobs/" + jobId).json().get("status").asString()).isEqualTo("Pending");
		assertThat(this.http.get("/v1/bulkJobs/" + jobId).json().get("status").asString()).isEqualTo("Completed");
		assertThat(this.http.get("/v1/files?searchQuery=" + java.net.URLEncoder.encode("name = \"f.png\"", java.nio.charset.StandardCharsets.UTF_8))
			.json().get(0).get("filePath").asString()).isEqualTo("/two/f.png");
	}

	@Test
	void purgeIsPendingThenCompleted(ImageKitEmulator emulator) {
		String requestId = this.http.post("/v1/files/purge", Map.of("url", emulator.urlEndpoint() + "/a.png")).json().get("requestId").asString();
		assertThat(this.http.get("/v1/files/purge/" + requestId).json().get("status").asString()).isEqualTo("Pending");
		CLOCK.advance(Duration.ofSeconds(29));
		assertThat(this.http.get("/v1/files/purge/" + requestId).json().get("status").asString()).isEqualTo("Pending");
		CLOCK.advance(Duration.ofSeconds(1));
		assertThat(this.http.get("/v1/files/purge/" + requestId).json().get("status").asString()).isEqualTo("Completed");
	}

	@Test
	void customMetadataIsValidatedAgainstDefinedFields() {
		this.http.post("/v1/customMetadataFields", Map.of("name", "size", "label", "Size",
				"schema", Map.of("type", "SingleSelect", "selectOptions", List.of("S", "M", "L"), "defaultValue", "M")));
		this.http.post("/v1/customMetadataFields", Map.of("name", "title", "label", "Title", "schema", Map.of("type", "Text", "maxLength", 5)));
		assertThat(this.http.post("/v1/customMetadataFields", Map.of("name", "size", "label", "Other", "schema", Map.of("type", "Text")))
			.status()).as("names are unique").isEqualTo(400);
		assertThat(this.http.post("/v1/customMetadataFields", Map.of("name", "n", "label", "N", "schema", Map.of("type", "MultiSelect")))
			.status()).as("selects need options").isEqualTo(400);

		String id = upload("m.png", "/", Map.of("customMetadata", "{\"title\":\"Hi\"}"));
		assertThat(details(id).get("customMetadata").toString()).isEqualTo("{\"size\":\"M\",\"title\":\"Hi\"}");
		Http.Response bad = this.http.upload("/api/v1/files/upload", Map.of("file", new byte[] { 1 }, "fileName", "x.bin",
				"customMetadata", "{\"colour\":\"red\"}"));
		assertThat(bad.status()).isEqualTo(400);

		Http.Response patch = this.http.patch("/v1/files/" + id + "/details", Map.of("customMetadata", Map.of("size", "XL", "title", "Too long")));
		assertThat(patch.status()).isEqualTo(400);
		assertThat(patch.json().get("errors").propertyNames()).containsExactlyInAnyOrder("size", "title");
		java.util.Map<String, Object> removeTitle = new java.util.HashMap<>();
		removeTitle.put("title", null);
		removeTitle.put("size", "L");
		assertThat(this.http.patch("/v1/files/" + id + "/details", Map.of("customMetadata", removeTitle)).json().get("customMetadata").toString())
			.isEqualTo("{\"size\":\"L\"}");
	}

}
