package io.github.imagekitspring.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.ForbiddenException;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.errors.ServerErrorException;
import io.github.imagekitspring.errors.UnauthorizedException;
import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.files.AITag;
import io.github.imagekitspring.files.VersionInfo;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UploadOperationsTests {

	/** {@code base64("private_test_key_123:")}: the key as user name and an empty password. */
	private static final String BASIC_AUTH = "Basic cHJpdmF0ZV90ZXN0X2tleV8xMjM6";

	/** Bytes that are not valid UTF-8, so that any text decoding of the file part would show. */
	private static final byte[] CONTENT = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, '\r', '\n', '-', '-',
			(byte) 0x80, 'e', 'n', 'd' };

	private static final String UPLOAD_JSON = """
			{"fileId":"6673f88237b244ef54d60180","name":"photo_abc123.jpg","filePath":"/products/photo_abc123.jpg",
			 "url":"https://ik.imagekit.io/demo/products/photo_abc123.jpg",
			 "thumbnailUrl":"https://ik.imagekit.io/demo/tr:n-ik_ml_thumbnail/products/photo_abc123.jpg",
			 "height":300,"width":400.0,"size":83622,"bitRate":128,"duration":12,"audioCodec":"aac",
			 "videoCodec":"h264","fileType":"image","versionInfo":{"id":"6673f88237b244ef54d60180","name":"Version 1"},
			 "AITags":[{"name":"Shoe","confidence":93.5,"source":"google-auto-tagging"}],"description":"A shoe",
			 "tags":["summer","sale"],"isPrivateFile":true,"isPublished":false,"customCoordinates":"10,10,100,100",
			 "customMetadata":{"brand":"Nike"},"metadata":{"height":300,"width":400,"format":"jpg","pHash":"f3"},
			 "embeddedMetadata":{"Make":"Canon","DateTimeOriginal":"2019:01:01 10:00:00"},
			 "selectedFieldsSchema":{"brand":{"type":"Text"}},
			 "extensionStatus":{"google-auto-tagging":"success","remove-bg":"pending","future-extension":"success"},
			 "someFutureField":true}
			""";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path tempDir;

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey("private_test_key_123")
		.apiBaseUrl("http://localhost:1")
		.uploadBaseUrl(server.baseUrl())
		.responseTimeout(Duration.ofSeconds(5))
		.build();

	static Stream<Arguments> versions() {
		return Stream.of(Arguments.of("/api/v1/files/upload", upload(UploadOperations::upload)),
				Arguments.of("/api/v2/files/upload", upload(UploadOperations::uploadV2)));
	}

	private static Upload upload(Upload upload) {
		return upload;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("versions")
	void everyFieldIsSentAsItsOwnTextPartWithBasicAuth(String path, Upload upload) {
		server.stubFor(post(path).willReturn(okJson(UPLOAD_JSON).withHeader("x-ik-requestId", "req-upload")));
		UploadRequest request = UploadRequest.builder("photo.jpg")
			.useUniqueFileName(false)
			.tags("summer", "sale")
			.folder("/products/shoes_2025")
			.isPrivateFile(true)
			.isPublished(false)
			.customCoordinates("10,10,100,100")
			.responseFields(ResponseField.TAGS, ResponseField.METADATA, ResponseField.EMBEDDED_METADATA)
			.extensions(Extension.googleAutoTagging(5, 95), Extension.removeBackground())
			.webhookUrl(URI.create("https://example.com/hook?a=1&b=2"))
			.overwriteFile(true)
			.overwriteAITags(false)
			.overwriteTags(false)
			.overwriteCustomMetadata(true)
			.customMetadata("brand", "Nike")
			.customMetadata("size", 42)
			.transformation(new UploadTransformation("w-300", List.of(new UploadTransformation.Thumbnail("w-150"))))
			.checks("\"file.size\" < \"1mb\"")
			.description("Schuh für den Sommer, 100% Leder & more")
			.build();

		StepVerifier.create(upload.call(this.imageKit.uploads(), UploadSource.of(CONTENT), request))
			.assertNext((result) -> assertThat(result).isInstanceOf(UploadedFile.class))
			.verifyComplete();

		server.verify(1, postRequestedFor(urlEqualTo(path)));
		LoggedRequest recorded = onlyRequest();
		assertThat(recorded.getHeader("Authorization")).isEqualTo(BASIC_AUTH);
		assertThat(recorded.getHeader("Content-Type")).startsWith("multipart/form-data;");
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("fileName", "photo.jpg");
		expected.put("useUniqueFileName", "false");
		expected.put("tags", "summer,sale");
		expected.put("folder", "/products/shoes_2025");
		expected.put("isPrivateFile", "true");
		expected.put("isPublished", "false");
		expected.put("customCoordinates", "10,10,100,100");
		expected.put("responseFields", "tags,metadata,embeddedMetadata");
		expected.put("extensions",
				"[{\"name\":\"google-auto-tagging\",\"minConfidence\":95,\"maxTags\":5},{\"name\":\"remove-bg\"}]");
		expected.put("webhookUrl", "https://example.com/hook?a=1&b=2");
		expected.put("overwriteFile", "true");
		expected.put("overwriteAITags", "false");
		expected.put("overwriteTags", "false");
		expected.put("overwriteCustomMetadata", "true");
		expected.put("customMetadata", "{\"brand\":\"Nike\",\"size\":42}");
		expected.put("transformation", "{\"pre\":\"w-300\",\"post\":[{\"type\":\"thumbnail\",\"value\":\"w-150\"}]}");
		expected.put("checks", "\"file.size\" < \"1mb\"");
		expected.put("description", "Schuh für den Sommer, 100% Leder & more");
		assertThat(expected).isEqualTo(request.wireFields());
		assertThat(textParts(recorded)).containsExactlyEntriesOf(expected);
		assertThat(partNames(recorded)).containsExactlyInAnyOrderElementsOf(
				Stream.concat(expected.keySet().stream(), Stream.of("file")).toList());
		Request.Part file = recorded.getPart("file");
		assertThat(file.getBody().asBytes()).isEqualTo(CONTENT);
		assertThat(file.getHeader("Content-Disposition").firstValue()).contains("filename=\"photo.jpg\"");
		assertThat(file.getHeader("Content-Type").firstValue()).isEqualTo("image/jpeg");
	}

	static Stream<Arguments> binarySources() {
		return Stream.of(Arguments.of("Path", source((dir) -> UploadSource.of(write(dir)))),
				Arguments.of("FileSystemResource",
						source((dir) -> UploadSource.of(new FileSystemResource(write(dir))))),
				Arguments.of("ByteArrayResource", source((dir) -> UploadSource.of(new ByteArrayResource(CONTENT)))),
				Arguments.of("open InputStreamResource",
						source((dir) -> UploadSource.of(new InputStreamResource(new ByteArrayInputStream(CONTENT))))),
				Arguments.of("byte[]", source((dir) -> UploadSource.of(CONTENT))),
				Arguments.of("Publisher<DataBuffer>", source((dir) -> UploadSource.fromPublisher(inTwoBuffers()))),
				Arguments.of("InputStream supplier",
						source((dir) -> UploadSource.fromInputStream(() -> new ByteArrayInputStream(CONTENT)))));
	}

	private static SourceFactory source(SourceFactory factory) {
		return factory;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("binarySources")
	void binarySourcesStreamIntoTheFilePartNamedAfterTheFile(String kind, SourceFactory factory) throws IOException {
		for (String path : List.of("/api/v1/files/upload", "/api/v2/files/upload")) {
			server.resetAll();
			server.stubFor(post(path).willReturn(okJson(UPLOAD_JSON)));
			UploadOperations uploads = this.imageKit.uploads();
			UploadSource source = factory.create(this.tempDir);
			UploadRequest request = UploadRequest.builder("clip.mp4").folder("/videos").build();
			Mono<UploadResult> upload = path.contains("v2") ? uploads.uploadV2(source, request)
					: uploads.upload(source, request);

			StepVerifier.create(upload).expectNextCount(1).verifyComplete();

			LoggedRequest recorded = onlyRequest();
			assertThat(recorded.getUrl()).isEqualTo(path);
			assertThat(partNames(recorded)).containsExactlyInAnyOrder("fileName", "folder", "file");
			assertThat(textParts(recorded)).isEqualTo(Map.of("fileName", "clip.mp4", "folder", "/videos"));
			Request.Part file = recorded.getPart("file");
			assertThat(file.getBody().asBytes()).as(kind).isEqualTo(CONTENT);
			assertThat(file.getHeader("Content-Disposition").firstValue()).contains("name=\"file\"")
				.contains("filename=\"clip.mp4\"");
			assertThat(file.getHeader("Content-Type").firstValue()).isEqualTo("video/mp4");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("versions")
	void remoteUrlAndBase64AreSentAsTheFileTextPart(String path, Upload upload) {
		server.stubFor(post(path).willReturn(okJson(UPLOAD_JSON)));
		UploadRequest request = UploadRequest.builder("remote.jpg").build();
		String dataUri = "data:image/png;base64,iVBORw0KGgo=";

		StepVerifier.create(upload.call(this.imageKit.uploads(),
				UploadSource.fromUrl(URI.create("https://example.com/a%20b/photo.jpg?x=1&y=2")),
				request))
			.expectNextCount(1)
			.verifyComplete();
		StepVerifier.create(upload.call(this.imageKit.uploads(), UploadSource.base64(dataUri), request))
			.expectNextCount(1)
			.verifyComplete();

		List<LoggedRequest> recorded = server.findAll(postRequestedFor(urlEqualTo(path)));
		assertThat(recorded).hasSize(2);
		assertThat(textParts(recorded.get(0)))
			.isEqualTo(Map.of("fileName", "remote.jpg", "file", "https://example.com/a%20b/photo.jpg?x=1&y=2"));
		assertThat(textParts(recorded.get(1))).isEqualTo(Map.of("fileName", "remote.jpg", "file", dataUri));
		assertThat(recorded).allSatisfy((each) -> assertThat(
				each.getPart("file").getHeader("Content-Disposition").firstValue()).doesNotContain("filename"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("versions")
	void status200ReadsEveryFieldOfTheUploadedFile(String path, Upload upload) {
		server.stubFor(post(path).willReturn(okJson(UPLOAD_JSON).withHeader("x-ik-requestId", "req-200")));

		StepVerifier
			.create(withResponse(path, UploadSource.of(CONTENT), UploadRequest.builder("photo.jpg").build()))
			.assertNext((response) -> {
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.requestId()).isEqualTo("req-200");
				UploadedFile file = (UploadedFile) response.requiredBody();
				assertThat(file.fileId()).isEqualTo("6673f88237b244ef54d60180");
				assertThat(file.name()).isEqualTo("photo_abc123.jpg");
				assertThat(file.filePath()).isEqualTo("/products/photo_abc123.jpg");
				assertThat(file.url()).isEqualTo("https://ik.imagekit.io/demo/products/photo_abc123.jpg");
				assertThat(file.thumbnailUrl()).endsWith("/tr:n-ik_ml_thumbnail/products/photo_abc123.jpg");
				assertThat(file.height()).isEqualTo(300);
				assertThat(file.width()).as("pixels, also when sent as 400.0").isEqualTo(400);
				assertThat(file.size()).isEqualTo(83622L);
				assertThat(file.bitRate()).isEqualTo(128L);
				assertThat(file.duration()).isEqualTo(12L);
				assertThat(file.audioCodec()).isEqualTo("aac");
				assertThat(file.videoCodec()).isEqualTo("h264");
				assertThat(file.fileType()).isEqualTo("image");
				assertThat(file.versionInfo()).isEqualTo(new VersionInfo("6673f88237b244ef54d60180", "Version 1"));
				assertThat(file.aiTags()).containsExactly(new AITag("Shoe", 93.5, "google-auto-tagging"));
				assertThat(file.description()).isEqualTo("A shoe");
				assertThat(file.tags()).containsExactly("summer", "sale");
				assertThat(file.isPrivateFile()).isTrue();
				assertThat(file.isPublished()).isFalse();
				assertThat(file.customCoordinates()).isEqualTo("10,10,100,100");
				assertThat(file.customMetadata()).containsExactlyEntriesOf(Map.of("brand", "Nike"));
				assertThat(file.metadata()).containsEntry("format", "jpg").containsEntry("pHash", "f3");
				assertThat(file.embeddedMetadata()).containsEntry("Make", "Canon");
				assertThat(file.selectedFieldsSchema()).containsKey("brand");
				assertThat(file.extensionStatus()).containsEntry("google-auto-tagging", "success")
					.containsEntry("remove-bg", "pending")
					.containsEntry("future-extension", "success");
			})
			.verifyComplete();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("versions")
	void status202IsAQueuedPreTransformationNotAFile(String path, Upload upload) {
		server.stubFor(post(path).willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-ik-requestId", "req-202")
			.withBody("{\"message\":\"The pre-transformation has been queued successfully.\"}")));
		UploadRequest request = UploadRequest.builder("clip.mp4")
			.transformation(UploadTransformation.pre("w-640"))
			.build();

		StepVerifier.create(withResponse(path, UploadSource.of(CONTENT), request)).assertNext((response) -> {
			assertThat(response.statusCode()).isEqualTo(202);
			assertThat(response.requestId()).isEqualTo("req-202");
			assertThat(response.body())
				.isEqualTo(new PreTransformQueued("The pre-transformation has been queued successfully."));
		}).verifyComplete();
		StepVerifier.create(upload.call(this.imageKit.uploads(), UploadSource.of(CONTENT), request))
			.expectNextMatches(PreTransformQueued.class::isInstance)
			.verifyComplete();
	}

	@Test
	void status202WithoutABodyIsStillAQueuedPreTransformation() {
		server.stubFor(post("/api/v1/files/upload")
			.willReturn(aResponse().withStatus(202).withHeader("x-ik-requestId", "req-202-empty")));

		StepVerifier
			.create(this.imageKit.uploads().upload(UploadSource.of(CONTENT), UploadRequest.builder("a.mp4").build()))
			.expectNext(new PreTransformQueued(null))
			.verifyComplete();
	}

	static Stream<Arguments> errors() {
		return Stream.of(Arguments.of(400, BadRequestException.class, "Your request is missing file parameter."),
				Arguments.of(401, UnauthorizedException.class, "Your account cannot be authenticated."),
				Arguments.of(403, ForbiddenException.class, "Upload Limit Exceeded."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errors")
	void errorsCarryStatusMessageAndRequestId(int status, Class<? extends ImageKitServiceException> type,
			String message) {
		for (String path : List.of("/api/v1/files/upload", "/api/v2/files/upload")) {
			server.stubFor(post(path).willReturn(aResponse().withStatus(status)
				.withHeader("Content-Type", "application/json")
				.withHeader("x-ik-requestId", "req-" + status)
				.withBody("{\"message\":\"" + message + "\",\"help\":\"For support kindly contact us at "
						+ "support@imagekit.io .\"}")));

			StepVerifier.create(withResponse(path, UploadSource.of(CONTENT), UploadRequest.builder("a.jpg").build()))
				.expectErrorSatisfies((ex) -> {
					assertThat(ex).isInstanceOf(type);
					ImageKitServiceException error = (ImageKitServiceException) ex;
					assertThat(error.statusCode()).isEqualTo(status);
					assertThat(error.requestId()).isEqualTo("req-" + status);
					assertThat(error.getMessage()).contains(message);
				})
				.verify();
		}
	}

	@Test
	void badInputFailsWhenCalledAndSendsNothing() throws IOException {
		Path file = write(this.tempDir);
		UploadSource deletedLater = UploadSource.of(file);
		FileSystemResource resource = new FileSystemResource(this.tempDir.resolve("resource.jpg"));
		Files.write(resource.getFile().toPath(), CONTENT);
		UploadSource resourceDeletedLater = UploadSource.of(resource);
		Files.delete(file);
		Files.delete(resource.getFile().toPath());
		UploadRequest request = UploadRequest.builder("a.jpg").build();
		UploadOperations uploads = this.imageKit.uploads();

		assertThatIllegalArgumentException().isThrownBy(() -> uploads.upload(deletedLater, request))
			.withMessageContaining("is not an existing, readable file");
		assertThatIllegalArgumentException().isThrownBy(() -> uploads.uploadV2(resourceDeletedLater, request))
			.withMessageContaining("does not exist");
		assertThatIllegalArgumentException().isThrownBy(() -> uploads.upload(null, request))
			.withMessageContaining("source");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> uploads.withResponse().uploadV2(UploadSource.of(CONTENT), null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException().isThrownBy(() -> UploadSource.of(this.tempDir.resolve("missing.jpg")))
			.withMessageContaining("missing.jpg");
		assertThatIllegalArgumentException().isThrownBy(() -> UploadRequest.builder("a.jpg").folder("a b").build())
			.withMessageContaining("folder");
		assertThatIllegalArgumentException().isThrownBy(() -> UploadRequest.builder("a.jpg").tags("50%").build())
			.withMessageContaining("%");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UploadRequest.builder("a.jpg").tags("x".repeat(501)).build())
			.withMessageContaining("500");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void aOneShotPublisherIsSentOnceEvenWhenTheUploadIsSubscribedAgain() {
		server.stubFor(post("/api/v1/files/upload").willReturn(aResponse().withStatus(500)
			.withHeader("x-ik-requestId", "req-500")
			.withBody("{\"message\":\"Internal error\"}")));
		AtomicInteger subscriptions = new AtomicInteger();
		Flux<DataBuffer> content = inTwoBuffers().doOnSubscribe((subscription) -> subscriptions.incrementAndGet());
		Mono<UploadResult> upload = this.imageKit.uploads()
			.upload(UploadSource.fromPublisher(content),
					UploadRequest.builder("a.jpg").useUniqueFileName(false).build());

		StepVerifier.create(upload).expectError(ServerErrorException.class).verify();
		StepVerifier.create(upload.retry(3))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("can be read only once"))
			.verify();

		server.verify(1, postRequestedFor(urlEqualTo("/api/v1/files/upload")));
		assertThat(subscriptions).hasValue(1);
	}

	@Test
	void repeatableSourcesAreReadAgainForEachSubscription() {
		server.stubFor(post("/api/v1/files/upload").willReturn(okJson(UPLOAD_JSON)));
		AtomicInteger streamsOpened = new AtomicInteger();
		Mono<UploadResult> upload = this.imageKit.uploads()
			.upload(UploadSource.fromInputStream(() -> {
				streamsOpened.incrementAndGet();
				return new ByteArrayInputStream(CONTENT);
			}), UploadRequest.builder("a.jpg").build());
		assertThat(streamsOpened).as("nothing is read before subscription").hasValue(0);

		StepVerifier.create(upload.repeat(1)).expectNextCount(2).verifyComplete();

		assertThat(streamsOpened).hasValue(2);
		assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/v1/files/upload"))))
			.allSatisfy((request) -> assertThat(request.getPart("file").getBody().asBytes()).isEqualTo(CONTENT))
			.hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\"b.jpg", "naïve photo.jpg" })
	void unusualFileNamesGoIntoTheFileNamePartUnchanged(String fileName) {
		server.stubFor(post("/api/v1/files/upload").willReturn(okJson(UPLOAD_JSON)));

		StepVerifier
			.create(this.imageKit.uploads().upload(UploadSource.of(CONTENT), UploadRequest.builder(fileName).build()))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(textParts(onlyRequest())).containsEntry("fileName", fileName);
	}

	private Mono<ImageKitResponse<UploadResult>> withResponse(String path, UploadSource source,
			UploadRequest request) {
		UploadOperations.WithResponse uploads = this.imageKit.uploads().withResponse();
		return path.contains("v2") ? uploads.uploadV2(source, request) : uploads.upload(source, request);
	}

	private static LoggedRequest onlyRequest() {
		assertThat(server.getAllServeEvents()).hasSize(1);
		return server.getAllServeEvents().get(0).getRequest();
	}

	static List<String> partNames(LoggedRequest request) {
		return request.getParts().stream().map(Request.Part::getName).toList();
	}

	/** The parts without a file name, decoded as the UTF-8 text they are. */
	static Map<String, String> textParts(LoggedRequest request) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (Request.Part part : request.getParts()) {
			if (!part.getHeader("Content-Disposition").firstValue().contains("filename")) {
				parts.put(part.getName(), new String(part.getBody().asBytes(), StandardCharsets.UTF_8));
			}
		}
		return parts;
	}

	private static Path write(Path dir) {
		try {
			return Files.write(Files.createTempFile(dir, "upload", ".bin"), CONTENT);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Flux<DataBuffer> inTwoBuffers() {
		int half = CONTENT.length / 2;
		return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(Arrays.copyOf(CONTENT, half)),
				DefaultDataBufferFactory.sharedInstance.wrap(Arrays.copyOfRange(CONTENT, half, CONTENT.length))));
	}

	/** One of the two upload methods. */
	@FunctionalInterface
	interface Upload {

		Mono<UploadResult> call(UploadOperations uploads, UploadSource source, UploadRequest request);

	}

	/** Creates a source, given a directory for files. */
	@FunctionalInterface
	interface SourceFactory {

		UploadSource create(Path dir);

	}

}
