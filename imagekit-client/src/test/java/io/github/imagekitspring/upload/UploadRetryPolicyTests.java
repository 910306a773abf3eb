package io.github.imagekitspring.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.imagekitspring.errors.ServerErrorException;
import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.internal.http.ExchangeDecorator;
import io.github.imagekitspring.internal.http.ImageKitCall;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.internal.client.UploadClient;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which uploads a retry layer may send again. The exchange is given a decorator that does what the resilience layer
 * promises (retry a {@code safeToRepeat} call once on a 5xx, never any other), so the count of requests that reach
 * the server shows the upload's own decision.
 */
class UploadRetryPolicyTests {

	private static final byte[] CONTENT = { 1, 2, 3, (byte) 0xFF, 4 };

	private static final ExchangeDecorator RETRY_ONCE_WHEN_SAFE = new ExchangeDecorator() {

		@Override
		public <T> Mono<T> decorate(ImageKitCall call, Mono<T> next) {
			return call.request().safeToRepeat() ? next.retry(1) : next;
		}

	};

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	static Path tempDir;

	static Stream<Arguments> cases() {
		UploadRequest.Builder overwrite = UploadRequest.builder("a.jpg").useUniqueFileName(false);
		return Stream.of(
				Arguments.of("Path, overwriting the same name", 2, source(UploadSource::of), overwrite.build()),
				Arguments.of("byte[], overwriting the same name", 2, bytes(), overwrite.build()),
				Arguments.of("InputStream supplier, overwriting the same name", 2,
						source((path) -> UploadSource.fromInputStream(() -> new ByteArrayInputStream(CONTENT))),
						overwrite.build()),
				Arguments.of("remote URL, overwriting the same name", 2,
						source((path) -> UploadSource.fromUrl(URI.create("https://example.com/a.jpg"))),
						overwrite.build()),
				Arguments.of("Path, unique names (the default)", 1, source(UploadSource::of),
						UploadRequest.builder("a.jpg").build()),
				Arguments.of("Path, unique names asked for", 1, source(UploadSource::of),
						UploadRequest.builder("a.jpg").useUniqueFileName(true).build()),
				Arguments.of("Path, overwriting refused", 1, source(UploadSource::of),
						UploadRequest.builder("a.jpg").useUniqueFileName(false).overwriteFile(false).build()),
				Arguments.of("Path, with an extension", 1, source(UploadSource::of),
						UploadRequest.builder("a.jpg")
							.useUniqueFileName(false)
							.extensions(Extension.removeBackground())
							.build()),
				Arguments.of("Path, with a transformation", 1, source(UploadSource::of),
						UploadRequest.builder("a.jpg")
							.useUniqueFileName(false)
							.transformation(UploadTransformation.pre("w-100"))
							.build()),
				Arguments.of("one-shot Publisher", 1,
						source((path) -> UploadSource.fromPublisher(
								Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(CONTENT.clone())))),
						overwrite.build()),
				Arguments.of("open InputStreamResource", 1,
						source((path) -> UploadSource.of(new InputStreamResource(new ByteArrayInputStream(CONTENT)))),
						overwrite.build()));
	}

	@ParameterizedTest(name = "{0}: {1} request(s)")
	@MethodSource("cases")
	void onlyUploadsThatCannotDuplicateAreRepeated(String name, int expectedRequests,
			Function<Path, UploadSource> source, UploadRequest request) throws IOException {
		server.stubFor(post("/api/v1/files/upload")
			.willReturn(aResponse().withStatus(503).withBody("{\"message\":\"Service unavailable\"}")));
		Path file = Files.write(Files.createTempFile(tempDir, "retry", ".jpg"), CONTENT);
		URI base = URI.create(server.baseUrl());
		ImageKitExchange exchange = new ImageKitExchange(WebClient.create(), base, base, "retry-test",
				RETRY_ONCE_WHEN_SAFE, ExchangeDecorator.NONE);
		UploadOperations uploads = new UploadClient(exchange, () -> {
			throw new IllegalStateException("not needed");
		});

		StepVerifier.create(uploads.upload(source.apply(file), request))
			.expectError(ServerErrorException.class)
			.verify();

		List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo("/api/v1/files/upload")));
		assertThat(sent).hasSize(expectedRequests);
		byte[] firstFile = sent.get(0).getPart("file").getBody().asBytes();
		assertThat(firstFile).isNotEmpty();
		assertThat(sent).as("a repeat sends the whole file again")
			.allSatisfy((each) -> assertThat(each.getPart("file").getBody().asBytes()).isEqualTo(firstFile));
	}

	private static Function<Path, UploadSource> source(Function<Path, UploadSource> source) {
		return source;
	}

	private static Function<Path, UploadSource> bytes() {
		return (path) -> UploadSource.of(CONTENT);
	}

}
