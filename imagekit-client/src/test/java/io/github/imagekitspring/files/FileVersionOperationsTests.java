package io.github.imagekitspring.files;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.NotFoundException;
import io.github.imagekitspring.testsupport.ImageKitTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileVersionOperationsTests {

	private static final String CURRENT = "{\"fileId\":\"f1\",\"type\":\"file\",\"name\":\"a.jpg\",\"filePath\":\"/a.jpg\","
			+ "\"versionInfo\":{\"id\":\"v2\",\"name\":\"Version 2\"}}";

	private static final String OLDER = "{\"fileId\":\"f1\",\"type\":\"file-version\",\"name\":\"a.jpg\","
			+ "\"filePath\":\"/a.jpg\",\"versionInfo\":{\"id\":\"v1\",\"name\":\"Version 1\"}}";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitTestClient.against(server);

	@Test
	void listReadsTheFileAndItsVersions() {
		server.stubFor(get("/v1/files/f1/versions").willReturn(okJson("[" + CURRENT + "," + OLDER + "]")));

		StepVerifier.create(this.imageKit.files().versions().list("f1")).assertNext((versions) -> {
			assertThat(versions).extracting(FileDetails::isVersion).containsExactly(false, true);
			assertThat(versions).extracting((file) -> file.versionInfo().name()).containsExactly("Version 2", "Version 1");
		}).verifyComplete();
	}

	@Test
	void getEncodesBothIds() {
		server.stubFor(get("/v1/files/f%3F1/versions/v%201").willReturn(okJson(OLDER)));

		StepVerifier.create(this.imageKit.files().versions().get("f?1", "v 1"))
			.assertNext((version) -> assertThat(version.versionInfo()).isEqualTo(new VersionInfo("v1", "Version 1")))
			.verifyComplete();
	}

	@Test
	void restoreIsAPutWithoutBody() {
		server.stubFor(put("/v1/files/f1/versions/v1/restore").willReturn(okJson(CURRENT)));

		StepVerifier.create(this.imageKit.files().versions().restore("f1", "v1"))
			.assertNext((file) -> assertThat(file.isVersion()).isFalse())
			.verifyComplete();

		assertThat(server.findAll(putRequestedFor(urlEqualTo("/v1/files/f1/versions/v1/restore")))).singleElement()
			.satisfies((request) -> assertThat(request.getBody()).isEmpty());
	}

	@Test
	void deleteAnswers204AndTheCurrentVersionIsABadRequest() {
		server.stubFor(delete("/v1/files/f1/versions/v1").willReturn(aResponse().withStatus(204)));
		server.stubFor(delete("/v1/files/f1/versions/v2").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"You cannot delete current version of a file.\"}")));

		StepVerifier.create(this.imageKit.files().versions().withResponse().delete("f1", "v1"))
			.assertNext((response) -> assertThat(response.statusCode()).isEqualTo(204))
			.verifyComplete();
		StepVerifier.create(this.imageKit.files().versions().delete("f1", "v2"))
			.expectError(BadRequestException.class)
			.verify();
		server.verify(deleteRequestedFor(urlEqualTo("/v1/files/f1/versions/v1")));
	}

	@Test
	void aMissingVersionIsANotFound() {
		server.stubFor(get("/v1/files/f1/versions/nope").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The requested asset does not exist.\"}")));

		StepVerifier.create(this.imageKit.files().versions().get("f1", "nope"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(NotFoundException.class)
				.hasMessageContaining("files.versions.get"))
			.verify();
	}

	@Test
	void badArgumentsFailBeforeAnythingIsSent() {
		FileVersionOperations versions = this.imageKit.files().versions();
		assertThatIllegalArgumentException().isThrownBy(() -> versions.list(" ")).withMessageContaining("fileId");
		assertThatIllegalArgumentException().isThrownBy(() -> versions.get("f1", null))
			.withMessageContaining("versionId");
		assertThatIllegalArgumentException().isThrownBy(() -> versions.delete("", "v1"))
			.withMessageContaining("fileId");
		assertThatIllegalArgumentException().isThrownBy(() -> versions.restore("f1", " "))
			.withMessageContaining("versionId");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

}
