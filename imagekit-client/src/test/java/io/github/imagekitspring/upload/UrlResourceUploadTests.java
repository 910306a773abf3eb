package io.github.imagekitspring.upload;

import java.net.MalformedURLException;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.resilience.ImageKitResilience;

import org.springframework.core.io.UrlResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload from an http(s) {@link UrlResource}: read by the client with a GET when the upload is sent, never
 * probed with a HEAD before, on no caller's thread.
 */
class UrlResourceUploadTests {

	private static final byte[] PHOTO = { 1, 2, 3, 4, 5 };

	/** Serves the photo to GET only, as a presigned URL does, and takes the upload. */
	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey("private_test_key_123")
		.uploadBaseUrl(server.baseUrl())
		.responseTimeout(Duration.ofSeconds(30))
		.resilience(ImageKitResilience.disabled())
		.build();

	@Test
	void aUrlThatAnswersGetButNotHeadIsUploadedFromANonBlockingThread() throws MalformedURLException {
		server.stubFor(get(urlPathEqualTo("/bucket/photo.jpg"))
			.willReturn(aResponse().withStatus(200).withBody(PHOTO)));
		server.stubFor(post("/api/v1/files/upload").willReturn(
				okJson("{\"fileId\":\"f1\",\"name\":\"photo.jpg\",\"filePath\":\"/photo.jpg\",\"fileType\":\"image\"}")));
		UrlResource presigned = new UrlResource(server.baseUrl() + "/bucket/photo.jpg?X-Amz-Signature=s3cr3t");

		UploadSource source = UploadSource.of(presigned);
		assertThat(server.getAllServeEvents()).as("requests made to create the source").isEmpty();

		StepVerifier
			.create(Mono.defer(() -> this.imageKit.uploads().upload(source, UploadRequest.builder("photo.jpg").build()))
				.subscribeOn(Schedulers.parallel()))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(postRequestedFor(urlPathEqualTo("/api/v1/files/upload"))
			.withRequestBodyPart(aMultipart("file").withBody(binaryEqualTo(PHOTO)).build()));
		assertThat(server.getAllServeEvents()).extracting((event) -> event.getRequest().getMethod().getName())
			.containsExactlyInAnyOrder("GET", "POST");
	}

	@Test
	void aUrlThatCannotBeReadFailsTheUploadWithoutShowingTheUrl() throws MalformedURLException {
		server.stubFor(get(urlPathEqualTo("/bucket/gone.jpg")).willReturn(aResponse().withStatus(404)));
		UrlResource presigned = new UrlResource(server.baseUrl() + "/bucket/gone.jpg?X-Amz-Signature=s3cr3t");

		StepVerifier.create(this.imageKit.uploads().upload(UploadSource.of(presigned),
				UploadRequest.builder("gone.jpg").build()))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(ImageKitIoException.class).hasMessageContaining("could not be read");
				for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
					assertThat(String.valueOf(cause.getMessage())).doesNotContain("s3cr3t");
				}
			})
			.verify(Duration.ofSeconds(30));
	}

}
