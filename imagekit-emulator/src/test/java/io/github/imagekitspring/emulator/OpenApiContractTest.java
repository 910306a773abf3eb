package io.github.imagekitspring.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drives every operation of the official spec through plain HTTP; {@link Http} validates each
 * response (status, headers and body schema) against the spec. The last test checks coverage.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiContractTest {

	static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension.create((b) -> b.clock(CLOCK));

	@Test
	@Order(1)
	void validatorRejectsResponsesThatBreakTheSpec() {
		assertThatThrownBy(() -> SpecValidator.validate("GET", "/v1/files/abc/details", 200, Map.of("Content-Type", List.of("application/json")),
				"{\"fileId\":\"abc\",\"size\":\"large\",\"type\":\"file\"}"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("size");
		assertThatThrownBy(() -> SpecValidator.validate("GET", "/v1/bulkJobs/j1", 200, Map.of("Content-Type", List.of("application/json")),
				"{\"jobId\":\"j1\",\"status\":\"Running\"}"))
			.isInstanceOf(AssertionError.class);
	}

	@Test
	@Order(2)
	void filesUploadsAndVersions(ImageKitEmulator emulator) {
		Http http = new Http(emulator);
		// v1 upload with every optional response field; v2 upload server-side.
		Http.Response up = http.uploadFile("hero.png", TestImages.png(4, 3), Map.of("folder", "/site", "useUniqueFileName", "false",
				"tags", "a,b", "responseFields", "tags,customCoordinates,isPrivateFile,isPublished,customMetadata,metadata,embeddedMetadata"));
		String fileId = up.json().get("fileId").asString();
		Http.Response v2 = http.upload("/api/v2/files/upload", Map.of("file", TestImages.jpeg(2, 2), "fileName", "other.jpg", "folder", "/site",
				"useUniqueFileName", "false"));
		assertThat(v2.status()).isEqualTo(200);
		String otherId = v2.json().get("fileId").asString();
		http.uploadFile("hero.png", TestImages.png(8, 6), Map.of("folder", "/site", "useUniqueFileName", "false"));

		assertThat(http.get("/v1/files").status()).isEqualTo(200);
		assertThat(http.get("/v1/files?type=all&sort=DESC_NAME&limit=5&skip=0&fileType=image&path=/site").status()).isEqualTo(200);
		assertThat(http.get("/v1/files/" + fileId + "/details").status()).isEqualTo(200);
		assertThat(http.patch("/v1/files/" + fileId + "/details", Map.of("tags", List.of("c"), "description", "d",
				"extensions", List.of(Map.of("name", "google-auto-tagging", "minConfidence", 80, "maxTags", 5)))).status()).isEqualTo(200);
		assertThat(http.patch("/v1/files/" + fileId + "/details", Map.of("publish", Map.of("isPublished", false))).status()).isEqualTo(200);
		assertThat(http.get("/v1/files/" + fileId + "/metadata").status()).isEqualTo(200);
		String url = http.get("/v1/files/" + fileId + "/details").json().get("url").asString();
		assertThat(http.get("/v1/metadata?url=" + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);

		assertThat(http.post("/v1/files/addTags", Map.of("fileIds", List.of(fileId), "tags", List.of("t1"))).status()).isEqualTo(200);
		assertThat(http.post("/v1/files/removeTags", Map.of("fileIds", List.of(fileId), "tags", List.of("t1"))).status()).isEqualTo(200);
		assertThat(http.post("/v1/files/removeAITags", Map.of("fileIds", List.of(fileId), "AITags", List.of("car"))).status()).isEqualTo(200);
		assertThat(http.post("/v1/files/addTags", Map.of("fileIds", List.of(fileId, "nope"), "tags", List.of("t1"))).status()).isEqualTo(404);
		assertThat(http.post("/v1/files/removeTags", Map.of("fileIds", List.of("nope"), "tags", List.of("t1"))).status()).isEqualTo(404);
		assertThat(http.post("/v1/files/removeAITags", Map.of("fileIds", List.of("nope"), "AITags", List.of("t1"))).status()).isEqualTo(404);

		Http.Response versions = http.get("/v1/files/" + fileId + "/versions");
		assertThat(versions.json()).hasSize(2);
		String oldVersion = versions.json().get(0).get("versionInfo").get("id").asString();
		String currentVersion = versions.json().get(1).get("versionInfo").get("id").asString();
		assertThat(http.get("/v1/files/" + fileId + "/versions/" + oldVersion).status()).isEqualTo(200);
		assertThat(http.delete("/v1/files/" + fileId + "/versions/" + currentVersion).status()).isEqualTo(400);
		assertThat(http.put("/v1/files/" + fileId + "/versions/" + oldVersion + "/restore", null).status()).isEqualTo(200);
		assertThat(http.delete("/v1/files/" + fileId + "/versions/" + currentVersion).status()).isEqualTo(204);
		assertThat(http.get("/v1/files/" + fileId + "/versions/nope").status()).isEqualTo(404);

		assertThat(http.post("/v1/files/copy", Map.of("sourceFilePath", "/site/hero.png", "destinationPath", "/copies")).status()).isEqualTo(204);
		assertThat(http.post("/v1/files/copy", Map.of("sourceFilePath", "/missing.png", "destinationPath", "/copies")).status()).isEqualTo(404);
		assertThat(http.post("/v1/files/move", Map.of("sourceFilePath", "/copies/hero.png", "destinationPath", "/moved")).status()).isEqualTo(204);
		assertThat(http.post("/v1/files/move", Map.of("sourceFilePath", "/missing.png", "destinationPath", "/moved")).status()).isEqualTo(404);
		assertThat(http.put("/v1/files/rename", Map.of("filePath", "/site/hero.png", "newFileName", "other.jpg")).status()).isEqualTo(409);
		assertThat(http.put("/v1/files/rename", Map.of("filePath", "/nope.png", "newFileName", "x.png")).status()).isEqualTo(404);
		assertThat(http.put("/v1/files/rename", Map.of("filePath", "/site/hero.png", "newFileName", "hero2.png", "purgeCache", true)).json()
			.has("purgeRequestId")).isTrue();

		assertThat(http.delete("/v1/files/" + otherId).status()).isEqualTo(204);
		assertThat(http.delete("/v1/files/" + otherId).status()).isEqualTo(404);
		assertThat(http.get("/v1/files/" + otherId + "/details").status()).isEqualTo(404);
		assertThat(http.post("/v1/files/batch/deleteByFileIds", Map.of("fileIds", List.of(otherId))).status()).isEqualTo(404);
		assertThat(http.post("/v1/files/batch/deleteByFileIds", Map.of("fileIds", List.of(fileId))).status()).isEqualTo(200);
	}

	@Test
	@Order(3)
	void foldersJobsAndPurge(ImageKitEmulator emulator) {
		Http http = new Http(emulator);
		assertThat(http.post("/v1/folder", Map.of("folderName", "a", "parentFolderPath", "/")).status()).isEqualTo(201);
		assertThat(http.post("/v1/folder", Map.of("folderName", "b", "parentFolderPath", "/")).status()).isEqualTo(201);
		http.uploadFile("x.txt", "hello".getBytes(), Map.of("folder", "/a"));

		String copyJob = http.post("/v1/bulkJobs/copyFolder", Map.of("sourceFolderPath", "/a", "destinationPath", "/b")).json().get("jobId").asString();
		assertThat(http.post("/v1/bulkJobs/moveFolder", Map.of("sourceFolderPath", "/a", "destinationPath", "/b")).status()).isEqualTo(423);
		assertThat(http.get("/v1/bulkJobs/" + copyJob).json().get("status").asString()).isEqualTo("Pending");
		CLOCK.advance(Duration.ofSeconds(3));
		assertThat(http.get("/v1/bulkJobs/" + copyJob).json().get("status").asString()).isEqualTo("Completed");
		String moveJob = http.post("/v1/bulkJobs/moveFolder", Map.of("sourceFolderPath", "/b/a", "destinationPath", "/")).json().get("jobId").asString();
		CLOCK.advance(Duration.ofSeconds(3));
		assertThat(http.get("/v1/bulkJobs/" + moveJob).status()).isEqualTo(200);
		Http.Response rename = http.post("/v1/bulkJobs/renameFolder", Map.of("folderPath", "/b", "newFolderName", "c", "purgeCache", true));
		assertThat(rename.status()).isEqualTo(202);
		assertThat(http.post("/v1/bulkJobs/renameFolder", Map.of("folderPath", "/nope", "newFolderName", "c")).status()).isEqualTo(404);
		assertThat(http.post("/v1/bulkJobs/copyFolder", Map.of("sourceFolderPath", "/nope", "destinationPath", "/")).status()).isEqualTo(404);
		assertThat(http.post("/v1/bulkJobs/moveFolder", Map.of("sourceFolderPath", "/nope", "destinationPath", "/")).status()).isEqualTo(404);
		assertThat(http.get("/v1/bulkJobs/nope").status()).isEqualTo(404);
		CLOCK.advance(Duration.ofSeconds(3));
		assertThat(http.delete("/v1/folder", Map.of("folderPath", "/c")).status()).isEqualTo(204);
		assertThat(http.delete("/v1/folder", Map.of("folderPath", "/c")).status()).isEqualTo(404);

		String purge = http.post("/v1/files/purge", Map.of("url", emulator.urlEndpoint() + "/a/x.txt")).json().get("requestId").asString();
		assertThat(http.get("/v1/files/purge/" + purge).json().get("status").asString()).isEqualTo("Pending");
		assertThat(http.post("/v1/files/purge", Map.of("url", "not a url")).status()).isEqualTo(400);
	}

	@Test
	@Order(4)
	void customMetadataFields(ImageKitEmulator emulator) {
		Http http = new Http(emulator);
		Http.Response created = http.post("/v1/customMetadataFields",
				Map.of("name", "price", "label", "Price", "schema", Map.of("type", "Number", "minValue", 0, "maxValue", 100)));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(http.post("/v1/customMetadataFields", Map.of("name", "x", "label", "X", "schema", Map.of("type", "Colour"))).status()).isEqualTo(400);
		assertThat(http.get("/v1/customMetadataFields?includeDeleted=true").status()).isEqualTo(200);
		assertThat(http.patch("/v1/customMetadataFields/" + id, Map.of("label", "Cost")).status()).isEqualTo(200);
		assertThat(http.patch("/v1/customMetadataFields/" + id, Map.of("schema", Map.of("type", "Text"))).status()).isEqualTo(400);
		assertThat(http.patch("/v1/customMetadataFields/nope", Map.of("label", "Y")).status()).isEqualTo(404);
		assertThat(http.delete("/v1/customMetadataFields/" + id).status()).isEqualTo(204);
		assertThat(http.delete("/v1/customMetadataFields/" + id).status()).isEqualTo(404);
	}

	@Test
	@Order(5)
	void accountResources(ImageKitEmulator emulator) {
		Http http = new Http(emulator);
		String today = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC).toString();
		String tomorrow = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC).plusDays(1).toString();
		assertThat(http.get("/v1/accounts/usage?startDate=" + today + "&endDate=" + tomorrow).status()).isEqualTo(200);
		assertThat(http.get("/v1/accounts/usage?startDate=" + today).status()).isEqualTo(400);

		Http.Response origin = http.post("/v1/accounts/origins", Map.of("type", "S3", "name", "Main", "bucket", "b", "accessKey", "k", "secretKey", "s"));
		assertThat(origin.status()).isEqualTo(201);
		assertThat(origin.json().has("secretKey")).isFalse();
		String originId = origin.json().get("id").asString();
		assertThat(http.post("/v1/accounts/origins", Map.of("type", "FTP", "name", "x")).status()).isEqualTo(400);
		assertThat(http.get("/v1/accounts/origins").status()).isEqualTo(200);
		assertThat(http.get("/v1/accounts/origins/" + originId).status()).isEqualTo(200);
		assertThat(http.get("/v1/accounts/origins/nope").status()).isEqualTo(404);
		assertThat(http.put("/v1/accounts/origins/" + originId, Map.of("type", "WEB_FOLDER", "name", "Web", "baseUrl", "https://example.com")).status())
			.isEqualTo(200);
		assertThat(http.put("/v1/accounts/origins/nope", Map.of("type", "WEB_PROXY", "name", "P")).status()).isEqualTo(404);

		Http.Response endpoint = http.post("/v1/accounts/url-endpoints",
				Map.of("description", "Images", "urlPrefix", "img", "origins", List.of(originId), "urlRewriter", Map.of("type", "CLOUDINARY")));
		assertThat(endpoint.status()).isEqualTo(201);
		String endpointId = endpoint.json().get("id").asString();
		assertThat(http.post("/v1/accounts/url-endpoints", Map.of("description", "Bad", "origins", List.of("nope"))).status()).isEqualTo(400);
		assertThat(http.get("/v1/accounts/url-endpoints").status()).isEqualTo(200);
		assertThat(http.get("/v1/accounts/url-endpoints/" + endpointId).status()).isEqualTo(200);
		assertThat(http.get("/v1/accounts/url-endpoints/nope").status()).isEqualTo(404);
		assertThat(http.put("/v1/accounts/url-endpoints/" + endpointId, Map.of("description", "Images v2", "urlPrefix", "img2")).status()).isEqualTo(200);
		assertThat(http.delete("/v1/accounts/url-endpoints/" + endpointId).status()).isEqualTo(204);
		assertThat(http.delete("/v1/accounts/url-endpoints/" + endpointId).status()).isEqualTo(404);
		assertThat(http.delete("/v1/accounts/origins/" + originId).status()).isEqualTo(204);
		assertThat(http.delete("/v1/accounts/origins/" + originId).status()).isEqualTo(404);

		Http.Response ext = http.post("/v1/saved-extensions", Map.of("name", "Tagging", "description", "Auto tags",
				"config", Map.of("name", "google-auto-tagging", "minConfidence", 70, "maxTags", 10)));
		assertThat(ext.status()).isEqualTo(201);
		String extId = ext.json().get("id").asString();
		assertThat(http.post("/v1/saved-extensions", Map.of("name", "Bad", "description", "x", "config", Map.of("name", "nope"))).status()).isEqualTo(400);
		assertThat(http.get("/v1/saved-extensions").status()).isEqualTo(200);
		assertThat(http.get("/v1/saved-extensions/" + extId).status()).isEqualTo(200);
		assertThat(http.get("/v1/saved-extensions/nope").status()).isEqualTo(404);
		assertThat(http.patch("/v1/saved-extensions/" + extId, Map.of("description", "Better")).status()).isEqualTo(200);
		assertThat(http.patch("/v1/saved-extensions/nope", Map.of("description", "Better")).status()).isEqualTo(404);
		assertThat(http.delete("/v1/saved-extensions/" + extId).status()).isEqualTo(204);
		assertThat(http.delete("/v1/saved-extensions/" + extId).status()).isEqualTo(404);
	}

	@Test
	@Order(6)
	void authenticationAndRateLimitErrors(ImageKitEmulator emulator) {
		Http anonymous = new Http(emulator).auth(null);
		Http wrongKey = new Http(emulator).auth(Http.basic("wrong"));
		for (String path : List.of("/v1/files", "/v1/customMetadataFields", "/v1/saved-extensions", "/v1/accounts/origins")) {
			assertThat(anonymous.get(path).status()).isEqualTo(401);
			assertThat(wrongKey.get(path).status()).isEqualTo(403);
		}
		assertThat(anonymous.upload("/api/v1/files/upload", Map.of("file", new byte[] { 1 }, "fileName", "a.bin")).status()).isEqualTo(401);
		assertThat(wrongKey.upload("/api/v2/files/upload", Map.of("file", new byte[] { 1 }, "fileName", "a.bin")).status()).isEqualTo(403);
		Http http = new Http(emulator);
		assertThat(http.upload("/api/v1/files/upload", Map.of("fileName", "a.bin")).status()).isEqualTo(400);
		assertThat(http.upload("/api/v2/files/upload", Map.of("fileName", "a.bin")).status()).isEqualTo(400);

		emulator.rateLimit(RateLimit.of(1, Duration.ofSeconds(1)));
		try {
			for (String path : List.of("/v1/files", "/v1/accounts/origins", "/v1/saved-extensions")) {
				assertThat(http.get(path).status()).isEqualTo(200);
				Http.Response limited = http.get(path);
				assertThat(limited.status()).isEqualTo(429);
			}
		}
		finally {
			emulator.rateLimit(null);
		}
	}

	@Test
	@Order(100)
	void everySpecOperationHasAValidatedResponse() {
		Set<String> missing = new TreeSet<>(SpecValidator.specOperationIds());
		missing.removeAll(SpecValidator.validatedOperationIds());
		assertThat(SpecValidator.specOperationIds()).hasSize(47);
		assertThat(missing).as("spec operations without a validated emulator response").isEmpty();
		assertThat(ImageKitEmulator.operationAliases().values()).containsAll(SpecValidator.specOperationIds());
	}

}
