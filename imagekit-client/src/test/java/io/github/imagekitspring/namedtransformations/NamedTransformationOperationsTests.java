package io.github.imagekitspring.namedtransformations;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.ConflictException;
import io.github.imagekitspring.errors.NotFoundException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.created;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NamedTransformationOperationsTests {

	private static final String THUMBNAIL_JSON = """
			{"id":"6bZ9x2ZUx","name":"small_thumbnail","transformation":"w-150,h-150,fo-center,cm-resize",
			 "enabled":true,"createdAt":"2026-01-01T10:00:00Z"}
			""";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey("private_test_key_123")
		.apiBaseUrl(server.baseUrl())
		.uploadBaseUrl(server.baseUrl())
		.responseTimeout(Duration.ofSeconds(2))
		.build();

	@Test
	void listReadsEveryField() {
		server.stubFor(get("/v1/named-transformations").willReturn(okJson("[" + THUMBNAIL_JSON + ","
				+ "{\"id\":\"x2\",\"name\":\"off\",\"transformation\":\"w-10\",\"enabled\":false}]")));

		StepVerifier.create(this.imageKit.namedTransformations().list())
			.assertNext((transformations) -> assertThat(transformations).containsExactly(
					new NamedTransformation("6bZ9x2ZUx", "small_thumbnail", "w-150,h-150,fo-center,cm-resize", true,
							Instant.parse("2026-01-01T10:00:00Z")),
					new NamedTransformation("x2", "off", "w-10", false, null)))
			.verifyComplete();
		server.verify(getRequestedFor(urlEqualTo("/v1/named-transformations")));
	}

	@Test
	void createSendsNameTransformationAndEnabled() {
		server.stubFor(post("/v1/named-transformations").willReturn(created()
			.withHeader("Content-Type", "application/json")
			.withBody(THUMBNAIL_JSON)));

		StepVerifier.create(this.imageKit.namedTransformations()
			.create(new CreateNamedTransformationRequest("small_thumbnail", "w-150,h-150,fo-center,cm-resize", true)))
			.assertNext((created) -> assertThat(created.id()).isEqualTo("6bZ9x2ZUx"))
			.verifyComplete();
		StepVerifier.create(this.imageKit.namedTransformations()
			.create(CreateNamedTransformationRequest.of("Banner_2", "w-1200")))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/named-transformations"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"name":"small_thumbnail","transformation":"w-150,h-150,fo-center,cm-resize","enabled":true}
					""")));
		server.verify(postRequestedFor(urlEqualTo("/v1/named-transformations"))
			.withRequestBody(equalToJson("{\"name\":\"Banner_2\",\"transformation\":\"w-1200\"}")));
	}

	@Test
	void updateSendsOnlyTheFieldsSet() {
		server.stubFor(patch("/v1/named-transformations/6bZ9x2ZUx").willReturn(okJson(THUMBNAIL_JSON)));

		StepVerifier.create(this.imageKit.namedTransformations()
			.update("6bZ9x2ZUx", UpdateNamedTransformationRequest.builder().transformation("w-200,h-200").build()))
			.expectNextCount(1)
			.verifyComplete();
		StepVerifier.create(this.imageKit.namedTransformations()
			.update("6bZ9x2ZUx", UpdateNamedTransformationRequest.builder().name("renamed").enabled(false).build()))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(patchRequestedFor(urlEqualTo("/v1/named-transformations/6bZ9x2ZUx"))
			.withRequestBody(equalToJson("{\"transformation\":\"w-200,h-200\"}")));
		server.verify(patchRequestedFor(urlEqualTo("/v1/named-transformations/6bZ9x2ZUx"))
			.withRequestBody(equalToJson("{\"name\":\"renamed\",\"enabled\":false}")));
	}

	@Test
	void getAndDeleteAddressTheTransformationById() {
		server.stubFor(get("/v1/named-transformations/6bZ9x2ZUx").willReturn(okJson(THUMBNAIL_JSON)));
		server.stubFor(delete("/v1/named-transformations/6bZ9x2ZUx").willReturn(okJson("{}")));

		StepVerifier.create(this.imageKit.namedTransformations().get("6bZ9x2ZUx"))
			.assertNext((transformation) -> assertThat(transformation.enabled()).isTrue())
			.verifyComplete();
		StepVerifier.create(this.imageKit.namedTransformations().withResponse().delete("6bZ9x2ZUx"))
			.assertNext((response) -> assertThat(response.statusCode()).isEqualTo(200))
			.verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/v1/named-transformations/6bZ9x2ZUx")));
		server.verify(deleteRequestedFor(urlEqualTo("/v1/named-transformations/6bZ9x2ZUx")));
	}

	@Test
	void deletingATransformationStillReferencedIsAConflict() {
		server.stubFor(delete("/v1/named-transformations/6bZ9x2ZUx").willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-ik-requestId", "r409")
			.withBody("{\"message\":\"Named transformation is used by an upload post-transformation setting.\","
					+ "\"help\":\"Contact support\"}")));

		StepVerifier.create(this.imageKit.namedTransformations().delete("6bZ9x2ZUx")).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(ConflictException.class);
			ConflictException conflict = (ConflictException) ex;
			assertThat(conflict.operation()).isEqualTo("namedTransformations.delete");
			assertThat(conflict.errorMessage()).startsWith("Named transformation is used");
			assertThat(conflict.help()).isEqualTo("Contact support");
			assertThat(conflict.requestId()).isEqualTo("r409");
		}).verify();
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void notFoundAndBadRequestCarryImageKitsMessage() {
		server.stubFor(get("/v1/named-transformations/gone").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Named transformation not found.\",\"help\":\"Contact support\"}")));
		server.stubFor(post("/v1/named-transformations").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Invalid transformation string.\",\"help\":\"Contact support\"}")));

		StepVerifier.create(this.imageKit.namedTransformations().get("gone"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(NotFoundException.class,
					(notFound) -> assertThat(notFound.errorMessage()).isEqualTo("Named transformation not found.")))
			.verify();
		StepVerifier.create(this.imageKit.namedTransformations().create(CreateNamedTransformationRequest.of("x", "zz-1")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(BadRequestException.class,
					(badRequest) -> assertThat(badRequest.errorMessage()).isEqualTo("Invalid transformation string.")))
			.verify();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "a/b" })
	void badIdsAreRefusedWithoutSending(String id) {
		UpdateNamedTransformationRequest change = UpdateNamedTransformationRequest.builder().enabled(true).build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.namedTransformations().get(id));
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.namedTransformations().update(id, change));
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.namedTransformations().delete(id));
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "with-hyphen", "with space", "n-thumb", "é" })
	void namesThatCannotAppearAsNDashNameAreRefused(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> CreateNamedTransformationRequest.of(name, "w-100"))
			.withMessageStartingWith("name must");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UpdateNamedTransformationRequest.builder().name(name).build())
			.withMessageStartingWith("name must");
	}

	@Test
	void emptyTransformationsAndEmptyChangesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreateNamedTransformationRequest.of("thumb", " "))
			.withMessage("transformation must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateNamedTransformationRequest.builder().build())
			.withMessage("At least one of name, transformation and enabled must be set");
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.namedTransformations().create(null))
			.withMessage("request must not be null");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

}
