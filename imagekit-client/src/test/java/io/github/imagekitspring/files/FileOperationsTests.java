package io.github.imagekitspring.files;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitPage;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.ConflictException;
import io.github.imagekitspring.errors.ForbiddenException;
import io.github.imagekitspring.errors.ImageKitCallTimeoutException;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.errors.LockedException;
import io.github.imagekitspring.errors.NotFoundException;
import io.github.imagekitspring.errors.RateLimitException;
import io.github.imagekitspring.errors.ServerErrorException;
import io.github.imagekitspring.errors.UnauthorizedException;
import io.github.imagekitspring.errors.UnexpectedStatusException;
import io.github.imagekitspring.errors.UnreadableResponseException;
import io.github.imagekitspring.resilience.ImageKitResilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileOperationsTests {

	private static final String PRIVATE_KEY = "private_test_key_123";

	/** {@code base64("private_test_key_123:")}: the key as user name and an empty password. */
	private static final String BASIC_AUTH = "Basic cHJpdmF0ZV90ZXN0X2tleV8xMjM6";

	private static final String FILE_JSON = """
			{"fileId":"598821f949c0a938d57563bd","type":"file","name":"file1.jpg","filePath":"/images/file1.jpg",
			 "tags":["t-shirt"],"AITags":[{"name":"Shirt","confidence":90.12,"source":"google-auto-tagging"}],
			 "versionInfo":{"id":"598821f949c0a938d57563bd","name":"Version 1"},"isPrivateFile":false,
			 "isPublished":true,"customCoordinates":null,"url":"https://ik.imagekit.io/demo/images/file1.jpg",
			 "thumbnail":"https://ik.imagekit.io/demo/tr:n-media_library_thumbnail/images/file1.jpg",
			 "fileType":"image","mime":"image/jpeg","width":100,"height":100,"size":100,"hasAlpha":false,
			 "customMetadata":{"brand":"Nike"},"createdAt":"2019-08-24T06:14:41.313Z",
			 "updatedAt":"2019-08-24T06:14:41.313Z","someFutureField":{"x":1}}
			""";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey(PRIVATE_KEY)
		.apiBaseUrl(server.baseUrl())
		.uploadBaseUrl(server.baseUrl())
		.responseTimeout(Duration.ofSeconds(2))
		// These tests are about single exchanges; retries and rate limiting are tested in ResilienceTests.
		.resilience(ImageKitResilience.disabled())
		.build();

	@Test
	void getSendsBasicAuthAndReadsEveryField() {
		server.stubFor(get("/v1/files/598821f949c0a938d57563bd/details")
			.willReturn(okJson(FILE_JSON).withHeader("x-ik-requestId", "req-1")));

		StepVerifier.create(this.imageKit.files().withResponse().get("598821f949c0a938d57563bd"))
			.assertNext((response) -> {
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.requestId()).isEqualTo("req-1");
				FileDetails file = response.requiredBody();
				assertThat(file.fileId()).isEqualTo("598821f949c0a938d57563bd");
				assertThat(file.tags()).containsExactly("t-shirt");
				assertThat(file.aiTags()).containsExactly(new AITag("Shirt", 90.12, "google-auto-tagging"));
				assertThat(file.versionInfo()).isEqualTo(new VersionInfo("598821f949c0a938d57563bd", "Version 1"));
				assertThat(file.isPublished()).isTrue();
				assertThat(file.customMetadata()).containsEntry("brand", "Nike");
				assertThat(file.createdAt()).hasToString("2019-08-24T06:14:41.313Z");
			})
			.verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/v1/files/598821f949c0a938d57563bd/details"))
			.withHeader("Authorization", equalTo(BASIC_AUTH)));
	}

	@Test
	void listSendsEveryQueryParameterAndReadsFilesAndFolders() {
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson("[" + FILE_JSON + ","
				+ "{\"type\":\"folder\",\"folderId\":\"f1\",\"name\":\"images\",\"folderPath\":\"/images\","
				+ "\"customMetadata\":{},\"createdAt\":\"2020-01-01T00:00:00Z\"},"
				+ "{\"type\":\"collection\",\"collectionId\":\"c1\"}]")));

		ListFilesRequest request = ListFilesRequest.builder()
			.type(AssetType.ALL)
			.sort(AssetSort.DESC_CREATED)
			.path("/images/")
			.searchQuery("name = \"a&b+c.jpg\" AND size > \"1mb\"")
			.fileType(FileTypeFilter.NON_IMAGE)
			.limit(3)
			.skip(6)
			.build();

		StepVerifier.create(this.imageKit.files().list(request)).assertNext((page) -> {
			assertThat(page.items()).hasSize(3);
			assertThat(page.items().get(0)).isInstanceOf(FileDetails.class);
			assertThat(page.items().get(1)).isInstanceOfSatisfying(FolderDetails.class,
					(folder) -> assertThat(folder.folderPath()).isEqualTo("/images"));
			assertThat(page.items().get(2)).isInstanceOfSatisfying(UnknownAsset.class, (unknown) -> {
				assertThat(unknown.type()).isEqualTo("collection");
				assertThat(unknown.fields()).containsEntry("collectionId", "c1");
			});
			assertThat(page.skip()).isEqualTo(6);
			assertThat(page.hasNextPage()).isTrue();
		}).verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/v1/files?type=all&sort=DESC_CREATED&path=%2Fimages%2F"
				+ "&searchQuery=name%20%3D%20%22a%26b%2Bc.jpg%22%20AND%20size%20%3E%20%221mb%22"
				+ "&fileType=non-image&limit=3&skip=6")));
	}

	@Test
	void listAllWalksPagesUntilAShortPage() {
		server.stubFor(get(urlEqualTo("/v1/files?limit=2")).willReturn(okJson("[" + folder("a") + "," + folder("b") + "]")));
		server.stubFor(get(urlEqualTo("/v1/files?limit=2&skip=2")).willReturn(okJson("[" + folder("c") + "," + folder("d") + "]")));
		server.stubFor(get(urlEqualTo("/v1/files?limit=2&skip=4")).willReturn(okJson("[" + folder("e") + "]")));

		StepVerifier.create(this.imageKit.files().listAll(ListFilesRequest.builder().limit(2).build())
			.map((asset) -> ((FolderDetails) asset).name())).expectNext("a", "b", "c", "d", "e").verifyComplete();

		assertThat(server.getAllServeEvents()).hasSize(3);
	}

	@Test
	void listAllAsksForNoMorePagesThanTheSubscriberTakes() {
		server.stubFor(get(urlEqualTo("/v1/files?limit=2")).willReturn(okJson("[" + folder("a") + "," + folder("b") + "]")));
		server.stubFor(get(urlEqualTo("/v1/files?limit=2&skip=2")).willReturn(okJson("[" + folder("c") + "," + folder("d") + "]")));

		StepVerifier.create(this.imageKit.files().listAll(ListFilesRequest.builder().limit(2).build()).take(2))
			.expectNextCount(2)
			.verifyComplete();

		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void listAllFetchesAtMostOnePageAheadOfASlowConsumer() throws InterruptedException {
		String page = "[" + String.join(",", Collections.nCopies(10, folder("a"))) + "]";
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson(page)));

		ImageKitOperations patient = ImageKitClient.builder()
			.privateKey(PRIVATE_KEY)
			.apiBaseUrl(server.baseUrl())
			.responseTimeout(Duration.ofSeconds(30))
			.resilience(ImageKitResilience.disabled())
			.build();

		StepVerifier.create(patient.files()
			.listAll(ListFilesRequest.builder().limit(10).build())
			.hide()
			.concatMap((asset) -> Mono.delay(Duration.ofMillis(10)).thenReturn(asset), 1)
			.take(83))
			.expectNextCount(83)
			.verifyComplete();
		Thread.sleep(200);

		// ceil(83 / 10) pages hold what was consumed; one more may be on its way.
		assertThat(server.getAllServeEvents()).hasSizeLessThanOrEqualTo(10);
	}

	@Test
	void listAllHasOneDeadlineForTheWholeListingNotOnePerPage() {
		String page = "[" + String.join(",", Collections.nCopies(2, folder("a"))) + "]";
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson(page).withFixedDelay(400)));
		// Each page is well within the call timeout; the listing as a whole is not within its deadline.
		ImageKitOperations bounded = ImageKitClient.builder()
			.privateKey(PRIVATE_KEY)
			.apiBaseUrl(server.baseUrl())
			.responseTimeout(Duration.ofSeconds(30))
			.resilience(ImageKitResilience.builder().callTimeout(Duration.ofSeconds(30)).build())
			.listAllTimeout(Duration.ofSeconds(1))
			.build();

		StepVerifier.create(bounded.files().listAll(ListFilesRequest.builder().limit(2).build()))
			.thenConsumeWhile((asset) -> true)
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(ImageKitCallTimeoutException.class)
				.hasMessageContaining("list-all-timeout")
				.satisfies((timeout) -> assertThat(((ImageKitCallTimeoutException) timeout).timeout())
					.isEqualTo(Duration.ofSeconds(1))))
			.verify(Duration.ofSeconds(30));
		StepVerifier.create(bounded.files().listAll(ListFilesRequest.builder().limit(2).build(), Duration.ofMillis(600)))
			.thenConsumeWhile((asset) -> true)
			.expectErrorSatisfies((ex) -> assertThat(((ImageKitCallTimeoutException) ex).timeout())
				.isEqualTo(Duration.ofMillis(600)))
			.verify(Duration.ofSeconds(30));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> bounded.files().listAll(ListFilesRequest.builder().build(), Duration.ZERO))
			.withMessageContaining("timeout");
	}

	@Test
	void listAllStopsOnAnEmptyPage() {
		server.stubFor(get(urlEqualTo("/v1/files?limit=1")).willReturn(okJson("[" + folder("a") + "]")));
		server.stubFor(get(urlEqualTo("/v1/files?limit=1&skip=1")).willReturn(okJson("[]")));

		StepVerifier.create(this.imageKit.files().listAll(ListFilesRequest.builder().limit(1).build()))
			.expectNextCount(1)
			.verifyComplete();
	}

	@Test
	void updateSendsDetailsWithExplicitNulls() {
		server.stubFor(patch("/v1/files/abc/details").willReturn(okJson(FILE_JSON)));

		UpdateFileRequest request = UpdateFileRequest.builder()
			.clearTags()
			.customCoordinates("10,10,100,100")
			.customMetadata(Map.of("brand", "Nike"))
			.removeCustomMetadata("color")
			.removeAllAITags()
			.description("A shirt")
			.build();
		StepVerifier.create(this.imageKit.files().update("abc", request)).expectNextCount(1).verifyComplete();

		server.verify(patchRequestedFor(urlEqualTo("/v1/files/abc/details"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"tags":null,"customCoordinates":"10,10,100,100","customMetadata":{"brand":"Nike","color":null},
					 "removeAITags":"all","description":"A shirt"}
					""")));
	}

	@Test
	void updateSendsPublicationStatus() {
		server.stubFor(patch("/v1/files/abc/details").willReturn(okJson(FILE_JSON)));

		StepVerifier.create(this.imageKit.files().update("abc", UpdateFileRequest.publish(false, true)))
			.expectNextCount(1)
			.verifyComplete();
		StepVerifier.create(this.imageKit.files()
			.update("abc", UpdateFileRequest.builder().removeAITags(List.of("car", "vehicle")).webhookUrl(URI.create("https://example.com/hook")).build()))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(patchRequestedFor(urlEqualTo("/v1/files/abc/details")).withRequestBody(
				equalToJson("{\"publish\":{\"isPublished\":false,\"includeFileVersions\":true}}")));
		server.verify(patchRequestedFor(urlEqualTo("/v1/files/abc/details")).withRequestBody(
				equalToJson("{\"removeAITags\":[\"car\",\"vehicle\"],\"webhookUrl\":\"https://example.com/hook\"}")));
	}

	@Test
	void deleteAnswersWithTheRequestId() {
		server.stubFor(delete("/v1/files/abc").willReturn(aResponse().withStatus(204).withHeader("x-ik-requestId", "r9")));

		StepVerifier.create(this.imageKit.files().withResponse().delete("abc")).assertNext((response) -> {
			assertThat(response.statusCode()).isEqualTo(204);
			assertThat(response.requestId()).isEqualTo("r9");
			assertThat(response.body()).isNull();
		}).verifyComplete();
		server.verify(deleteRequestedFor(urlEqualTo("/v1/files/abc")).withHeader("Authorization", equalTo(BASIC_AUTH)));
	}

	@Test
	void idsThatWouldChangeThePathAreEncodedAsOneSegment() {
		// A '/' is rejected before sending (no ImageKit id holds one); the rest is encoded.
		server.stubFor(get(urlPathEqualTo("/v1/files/b%3Fc%23d%C3%A9%20x/details")).willReturn(okJson(FILE_JSON)));

		StepVerifier.create(this.imageKit.files().get("b?c#dé x")).expectNextCount(1).verifyComplete();

		assertThat(server.getAllServeEvents()).singleElement()
			.satisfies((event) -> assertThat(event.getRequest().getUrl()).isEqualTo("/v1/files/b%3Fc%23d%C3%A9%20x/details"));
	}

	@ParameterizedTest
	@CsvSource({ "400, io.github.imagekitspring.errors.BadRequestException",
			"401, io.github.imagekitspring.errors.UnauthorizedException",
			"403, io.github.imagekitspring.errors.ForbiddenException",
			"404, io.github.imagekitspring.errors.NotFoundException",
			"409, io.github.imagekitspring.errors.ConflictException",
			"423, io.github.imagekitspring.errors.LockedException",
			"429, io.github.imagekitspring.errors.RateLimitException",
			"500, io.github.imagekitspring.errors.ServerErrorException",
			"503, io.github.imagekitspring.errors.ServerErrorException",
			"418, io.github.imagekitspring.errors.UnexpectedStatusException" })
	void eachErrorStatusBecomesItsExceptionWithImageKitsFields(int status, Class<?> type) {
		server.stubFor(get("/v1/files/abc/details").willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-ik-requestId", "req-" + status)
			.withBody("{\"message\":\"Went wrong\",\"help\":\"For support kindly contact us\",\"reason\":\"FILE_MISSING\"}")));

		StepVerifier.create(this.imageKit.files().get("abc")).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(type);
			ImageKitServiceException serviceException = (ImageKitServiceException) ex;
			assertThat(serviceException.statusCode()).isEqualTo(status);
			assertThat(serviceException.operation()).isEqualTo("files.get");
			assertThat(serviceException.errorMessage()).isEqualTo("Went wrong");
			assertThat(serviceException.help()).isEqualTo("For support kindly contact us");
			assertThat(serviceException.reason()).isEqualTo("FILE_MISSING");
			assertThat(serviceException.requestId()).isEqualTo("req-" + status);
			assertThat(ex.getMessage()).contains("Went wrong").contains("request id: req-" + status);
		}).verify();
	}

	@Test
	void theExceptionTreeMatchesTheStatuses() {
		assertThat(List.of(BadRequestException.class, UnauthorizedException.class, ForbiddenException.class,
				NotFoundException.class, ConflictException.class, LockedException.class, RateLimitException.class,
				ServerErrorException.class, UnexpectedStatusException.class))
			.allMatch(ImageKitServiceException.class::isAssignableFrom);
	}

	@Test
	void missingFileIdsAndValidationErrorsAreKept() {
		server.stubFor(patch("/v1/files/abc/details").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Invalid custom metadata\",\"errors\":{\"price\":\"must be a number\"},"
					+ "\"missingFileIds\":[\"x\",\"y\"]}")));

		StepVerifier.create(this.imageKit.files().update("abc", UpdateFileRequest.builder().description("d").build()))
			.expectErrorSatisfies((ex) -> {
				BadRequestException badRequest = (BadRequestException) ex;
				assertThat(badRequest.errors()).containsEntry("price", "must be a number");
				assertThat(badRequest.missingFileIds()).containsExactly("x", "y");
				assertThat(badRequest.requestId()).isNull();
				assertThat(ex.getMessage()).contains("request id: none");
			})
			.verify();
	}

	@Test
	void rateLimitHeadersAreParsed() {
		server.stubFor(get("/v1/files/abc/details").willReturn(aResponse().withStatus(429)
			.withHeader("X-RateLimit-Limit", "10")
			.withHeader("X-RateLimit-Reset", "1500")
			.withHeader("X-RateLimit-Interval", "60000")
			.withBody("{\"message\":\"Too many requests\"}")));

		StepVerifier.create(this.imageKit.files().get("abc")).expectErrorSatisfies((ex) -> {
			RateLimitException rateLimit = (RateLimitException) ex;
			assertThat(rateLimit.limit()).isEqualTo(10);
			assertThat(rateLimit.reset()).isEqualTo(Duration.ofMillis(1500));
			assertThat(rateLimit.interval()).isEqualTo(Duration.ofMinutes(1));
		}).verify();
	}

	@Test
	void aNonJsonErrorBodyStillGivesATypedException() {
		server.stubFor(get("/v1/files/abc/details").willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withHeader("x-ik-requestId", "proxy-1")
			.withBody("<html><body>Bad Gateway</body></html>")));

		StepVerifier.create(this.imageKit.files().get("abc")).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(ServerErrorException.class);
			assertThat(((ServerErrorException) ex).errorMessage()).isEqualTo("<html><body>Bad Gateway</body></html>");
			assertThat(((ServerErrorException) ex).requestId()).isEqualTo("proxy-1");
		}).verify();
	}

	@Test
	void anUnreadableSuccessBodyFailsWithTheRequestId() {
		server.stubFor(get("/v1/files/abc/details")
			.willReturn(okJson("{\"fileId\": \"abc\", \"tags\": ").withHeader("x-ik-requestId", "bad-1")));

		StepVerifier.create(this.imageKit.files().get("abc")).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(UnreadableResponseException.class);
			assertThat(((UnreadableResponseException) ex).requestId()).isEqualTo("bad-1");
		}).verify();
	}

	@Test
	void aTransportFailureIsAnIoException() {
		server.stubFor(get("/v1/files/abc/details").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		StepVerifier.create(this.imageKit.files().get("abc"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ImageKitIoException.class)
				.hasMessageStartingWith("ImageKit files.get failed"))
			.verify();
	}

	@Test
	void aStalledResponseTimesOut() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson(FILE_JSON).withFixedDelay(5000)));

		StepVerifier.create(this.imageKit.files().get("abc"))
			.expectError(ImageKitIoException.class)
			.verify(Duration.ofSeconds(4));
	}

	@Test
	void badArgumentsFailBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.files().get(" "))
			.withMessageContaining("fileId");
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.files().delete(null))
			.withMessageContaining("fileId");
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.files().update("abc", null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException().isThrownBy(() -> ListFilesRequest.builder().limit(1001).build())
			.withMessageContaining("limit");
		assertThatIllegalArgumentException().isThrownBy(() -> ListFilesRequest.builder().limit(0).build())
			.withMessageContaining("limit");
		assertThatIllegalArgumentException().isThrownBy(() -> ListFilesRequest.builder().skip(-1).build())
			.withMessageContaining("skip");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateFileRequest.builder().build())
			.withMessageContaining("at least one field");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void eachSubscriptionSendsAgain() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson(FILE_JSON)));
		var call = this.imageKit.files().get("abc");
		assertThat(server.getAllServeEvents()).isEmpty();

		call.block();
		call.block();

		assertThat(server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void pagesKnowWhetherMoreMayFollow() {
		assertThat(new ImageKitPage<>(List.of("a", "b"), 0, 2).hasNextPage()).isTrue();
		assertThat(new ImageKitPage<>(List.of("a"), 0, 2).hasNextPage()).isFalse();
		assertThat(new ImageKitPage<>(List.of("a", "b"), 4, 2).nextSkip()).isEqualTo(6);
		assertThat(new ImageKitResponse<>(200, new org.springframework.http.HttpHeaders(), null, null).map(Object::toString)
			.body()).isNull();
	}

	private static String folder(String name) {
		return "{\"type\":\"folder\",\"folderId\":\"" + name + "\",\"name\":\"" + name + "\",\"folderPath\":\"/" + name
				+ "\"}";
	}

}
