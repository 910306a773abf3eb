package io.github.imagekitspring.files;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.ConflictException;
import io.github.imagekitspring.errors.NotFoundException;
import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.testsupport.ImageKitTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileBulkOperationsTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitTestClient.against(server);

	@Test
	void bulkDeleteSendsTheIdsAndReadsAFullSuccess() {
		server.stubFor(post("/v1/files/batch/deleteByFileIds")
			.willReturn(okJson("{\"successfullyDeletedFileIds\":[\"a\",\"b\"]}").withHeader("x-ik-requestId", "r1")));

		StepVerifier.create(this.imageKit.files().withResponse().bulkDelete(List.of("a", "b")))
			.assertNext((response) -> {
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.requestId()).isEqualTo("r1");
				assertThat(response.requiredBody().successfullyDeletedFileIds()).containsExactly("a", "b");
				assertThat(response.requiredBody().errors()).isEmpty();
				assertThat(response.requiredBody().isPartial()).isFalse();
			})
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/files/batch/deleteByFileIds"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"fileIds\":[\"a\",\"b\"]}")));
	}

	@Test
	void bulkDeletePartialSuccessIsAResultWithTheErrors() {
		server.stubFor(post("/v1/files/batch/deleteByFileIds").willReturn(aResponse().withStatus(207)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"successfullyDeletedFileIds\":[\"a\"],\"errors\":[{\"fileId\":\"b\",\"error\":\"Internal error\"}]}")));

		StepVerifier.create(this.imageKit.files().bulkDelete(List.of("a", "b"))).assertNext((result) -> {
			assertThat(result.successfullyDeletedFileIds()).containsExactly("a");
			assertThat(result.errors()).containsExactly(new BulkFileError("b", "Internal error"));
			assertThat(result.isPartial()).isTrue();
		}).verifyComplete();
	}

	@Test
	void bulkDeleteOfMissingFilesIsANotFoundListingThem() {
		server.stubFor(post("/v1/files/batch/deleteByFileIds").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The requested file(s) does not exist.\",\"help\":\"For support kindly contact us"
					+ " at support@imagekit.io.\",\"missingFileIds\":[\"x\",\"y\"]}")));

		StepVerifier.create(this.imageKit.files().bulkDelete(List.of("a", "x", "y")))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(NotFoundException.class);
				assertThat(((NotFoundException) ex).missingFileIds()).containsExactly("x", "y");
				assertThat(ex.getMessage()).contains("files.bulkDelete").contains("missing file ids: x, y");
			})
			.verify();
	}

	@Test
	void addAndRemoveTagsSendTheirBodies() {
		server.stubFor(post("/v1/files/addTags").willReturn(okJson("{\"successfullyUpdatedFileIds\":[\"a\"]}")));
		server.stubFor(post("/v1/files/removeTags").willReturn(okJson("{\"successfullyUpdatedFileIds\":[\"a\"]}")));
		server.stubFor(post("/v1/files/removeAITags").willReturn(aResponse().withStatus(207)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"successfullyUpdatedFileIds\":[\"a\"],\"errors\":[{\"fileId\":\"b\",\"error\":\"Locked\"}]}")));

		StepVerifier.create(this.imageKit.files().addTags(List.of("a"), List.of("sale", "summer")))
			.assertNext((result) -> assertThat(result.successfullyUpdatedFileIds()).containsExactly("a"))
			.verifyComplete();
		StepVerifier.create(this.imageKit.files().removeTags(List.of("a"), List.of("sale")))
			.assertNext((result) -> assertThat(result.isPartial()).isFalse())
			.verifyComplete();
		StepVerifier.create(this.imageKit.files().removeAITags(List.of("a", "b"), List.of("Shirt")))
			.assertNext((result) -> {
				assertThat(result.isPartial()).isTrue();
				assertThat(result.errors()).containsExactly(new BulkFileError("b", "Locked"));
			})
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/files/addTags"))
			.withRequestBody(equalToJson("{\"fileIds\":[\"a\"],\"tags\":[\"sale\",\"summer\"]}")));
		server.verify(postRequestedFor(urlEqualTo("/v1/files/removeTags"))
			.withRequestBody(equalToJson("{\"fileIds\":[\"a\"],\"tags\":[\"sale\"]}")));
		server.verify(postRequestedFor(urlEqualTo("/v1/files/removeAITags"))
			.withRequestBody(equalToJson("{\"fileIds\":[\"a\",\"b\"],\"AITags\":[\"Shirt\"]}")));
	}

	@Test
	void addTagsToMissingFilesIsANotFoundListingThem() {
		server.stubFor(post("/v1/files/addTags").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The requested file(s) does not exist.\",\"missingFileIds\":[\"x\"]}")));

		StepVerifier.create(this.imageKit.files().addTags(List.of("x"), List.of("sale")))
			.expectErrorSatisfies((ex) -> assertThat(((NotFoundException) ex).missingFileIds()).containsExactly("x"))
			.verify();
	}

	@Test
	void copySendsTheFlagOnlyWhenSet() {
		server.stubFor(post("/v1/files/copy").willReturn(aResponse().withStatus(204)));

		StepVerifier.create(this.imageKit.files().copy(CopyFileRequest.of("/a/file.jpg", "/b/"))).verifyComplete();
		StepVerifier.create(this.imageKit.files().copy(CopyFileRequest.of("/a/file.jpg", "/c/").withFileVersions(true)))
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/files/copy"))
			.withRequestBody(equalToJson("{\"sourceFilePath\":\"/a/file.jpg\",\"destinationPath\":\"/b/\"}")));
		server.verify(postRequestedFor(urlEqualTo("/v1/files/copy")).withRequestBody(equalToJson(
				"{\"sourceFilePath\":\"/a/file.jpg\",\"destinationPath\":\"/c/\",\"includeFileVersions\":true}")));
	}

	@Test
	void copyOfAMissingSourceIsANotFoundWithItsReason() {
		server.stubFor(post("/v1/files/copy").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"reason\":\"SOURCE_FILE_MISSING\",\"message\":\"No file found with filePath `/file1.jpg`.\"}")));

		StepVerifier.create(this.imageKit.files().copy(CopyFileRequest.of("/file1.jpg", "/b/")))
			.expectErrorSatisfies((ex) -> {
				assertThat(((NotFoundException) ex).reason()).isEqualTo("SOURCE_FILE_MISSING");
				assertThat(ex.getMessage()).contains("[reason: SOURCE_FILE_MISSING]");
			})
			.verify();
	}

	@Test
	void moveSendsItsBodyAndABadRequestKeepsItsReason() {
		server.stubFor(post("/v1/files/move").willReturn(aResponse().withStatus(204)));

		StepVerifier.create(this.imageKit.files().move(new MoveFileRequest("/a/file.jpg", "/b/"))).verifyComplete();
		server.verify(postRequestedFor(urlEqualTo("/v1/files/move"))
			.withRequestBody(equalToJson("{\"sourceFilePath\":\"/a/file.jpg\",\"destinationPath\":\"/b/\"}")));

		server.stubFor(post("/v1/files/move").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"reason\":\"SAME_SOURCE_AND_DESTINATION\",\"message\":\"Same folder\"}")));
		StepVerifier.create(this.imageKit.files().move(new MoveFileRequest("/a/file.jpg", "/a/")))
			.expectErrorSatisfies((ex) -> assertThat(((BadRequestException) ex).reason())
				.isEqualTo("SAME_SOURCE_AND_DESTINATION"))
			.verify();
	}

	@Test
	void renameWithPurgeReturnsThePurgeRequestId() {
		server.stubFor(put("/v1/files/rename").willReturn(okJson("{\"purgeRequestId\":\"purge-1\"}")));

		StepVerifier.create(this.imageKit.files()
			.rename(RenameFileRequest.of("/a/old.jpg", "new.jpg").withPurgeCache(true)))
			.assertNext((result) -> assertThat(result).isEqualTo(new RenameFileResult("purge-1", false, null, null, null)))
			.verifyComplete();

		server.verify(putRequestedFor(urlEqualTo("/v1/files/rename")).withRequestBody(
				equalToJson("{\"filePath\":\"/a/old.jpg\",\"newFileName\":\"new.jpg\",\"purgeCache\":true}")));
	}

	@Test
	void renameWithoutPurgeAnswersAnEmptyObject() {
		server.stubFor(put("/v1/files/rename").willReturn(okJson("{}")));

		StepVerifier.create(this.imageKit.files().rename(RenameFileRequest.of("/a/old.jpg", "new.jpg")))
			.assertNext((result) -> {
				assertThat(result.purgeRequestId()).isNull();
				assertThat(result.purgeSkipped()).isFalse();
			})
			.verifyComplete();
		server.verify(putRequestedFor(urlEqualTo("/v1/files/rename"))
			.withRequestBody(equalToJson("{\"filePath\":\"/a/old.jpg\",\"newFileName\":\"new.jpg\"}")));
	}

	@Test
	void renameWhosePurgeWasSkippedSaysSo() {
		server.stubFor(put("/v1/files/rename").willReturn(aResponse().withStatus(207)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"reason\":\"PURGE_FAILED\",\"message\":\"File renamed successfully but we could not purge"
					+ " the CDN cache\",\"help\":\"For support kindly contact us at support@imagekit.io.\"}")));

		StepVerifier.create(this.imageKit.files().withResponse()
			.rename(RenameFileRequest.of("/a/old.jpg", "new.jpg").withPurgeCache(true)))
			.assertNext((response) -> {
				assertThat(response.statusCode()).isEqualTo(207);
				RenameFileResult result = response.requiredBody();
				assertThat(result.purgeSkipped()).isTrue();
				assertThat(result.purgeRequestId()).isNull();
				assertThat(result.reason()).isEqualTo("PURGE_FAILED");
				assertThat(result.message()).startsWith("File renamed successfully");
				assertThat(result.help()).isEqualTo("For support kindly contact us at support@imagekit.io.");
			})
			.verifyComplete();
	}

	@Test
	void renameToATakenNameIsAConflict() {
		server.stubFor(put("/v1/files/rename").willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"reason\":\"FILE_ALREADY_EXISTS\",\"message\":\"File with name newFileName already exists\"}")));

		StepVerifier.create(this.imageKit.files().rename(RenameFileRequest.of("/a/old.jpg", "new.jpg")))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(ConflictException.class);
				assertThat(((ConflictException) ex).reason()).isEqualTo("FILE_ALREADY_EXISTS");
			})
			.verify();
	}

	@Test
	void updateSendsTypedExtensions() {
		server.stubFor(patch("/v1/files/abc/details").willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\","
				+ "\"name\":\"a.jpg\",\"filePath\":\"/a.jpg\",\"extensionStatus\":{\"google-auto-tagging\":\"pending\"}}")));

		StepVerifier.create(this.imageKit.files()
			.update("abc", UpdateFileRequest.builder()
				.extensions(List.of(Extension.googleAutoTagging(5, 90), Extension.removeBackground()))
				.build()))
			.assertNext((file) -> assertThat(file.extensionStatus()).containsEntry("google-auto-tagging", "pending"))
			.verifyComplete();

		server.verify(patchRequestedFor(urlEqualTo("/v1/files/abc/details")).withRequestBody(equalToJson(
				"{\"extensions\":[{\"name\":\"google-auto-tagging\",\"minConfidence\":90,\"maxTags\":5},"
						+ "{\"name\":\"remove-bg\"}]}")));
	}

	@Test
	void badArgumentsFailBeforeAnythingIsSent() {
		FileOperations files = this.imageKit.files();
		List<String> hundredAndOne = ids(101);
		List<String> fiftyOne = ids(51);
		assertThatIllegalArgumentException().isThrownBy(() -> files.bulkDelete(hundredAndOne))
			.withMessageContaining("fileIds must have at most 100 entries, had 101");
		assertThatIllegalArgumentException().isThrownBy(() -> files.bulkDelete(List.of()))
			.withMessageContaining("fileIds");
		assertThatIllegalArgumentException().isThrownBy(() -> files.bulkDelete(Collections.singletonList(" ")))
			.withMessageContaining("fileIds must not contain null or blank entries");
		assertThatIllegalArgumentException().isThrownBy(() -> files.addTags(fiftyOne, List.of("a")))
			.withMessageContaining("fileIds must have at most 50 entries, had 51");
		assertThatIllegalArgumentException().isThrownBy(() -> files.removeTags(fiftyOne, List.of("a")))
			.withMessageContaining("fileIds must have at most 50");
		assertThatIllegalArgumentException().isThrownBy(() -> files.removeAITags(fiftyOne, List.of("a")))
			.withMessageContaining("fileIds must have at most 50");
		assertThatIllegalArgumentException().isThrownBy(() -> files.addTags(List.of("a"), List.of()))
			.withMessageContaining("tags must not be null or empty");
		assertThatIllegalArgumentException().isThrownBy(() -> files.removeTags(List.of("a"), null))
			.withMessageContaining("tags");
		assertThatIllegalArgumentException().isThrownBy(() -> files.removeAITags(List.of("a"), List.of()))
			.withMessageContaining("aiTags");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> files.addTags(List.of("a"), List.of("x".repeat(300), "y".repeat(201))))
			.withMessageContaining("tags must have at most 500 characters together, had 501");
		assertThatIllegalArgumentException().isThrownBy(() -> files.copy(null)).withMessageContaining("request");
		assertThatIllegalArgumentException().isThrownBy(() -> CopyFileRequest.of("", "/b/"))
			.withMessageContaining("sourceFilePath");
		assertThatIllegalArgumentException().isThrownBy(() -> new MoveFileRequest("/a.jpg", " "))
			.withMessageContaining("destinationPath");
		assertThatIllegalArgumentException().isThrownBy(() -> RenameFileRequest.of("/a.jpg", "b/c.jpg"))
			.withMessageContaining("newFileName must be a name");
		assertThatIllegalArgumentException().isThrownBy(() -> RenameFileRequest.of(null, "c.jpg"))
			.withMessageContaining("filePath");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateFileRequest.builder().extensions(List.of()))
			.withMessageContaining("extensions");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	private static List<String> ids(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "id" + i).toList();
	}

}
