package io.github.imagekitspring.savedextensions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.NotFoundException;
import io.github.imagekitspring.extensions.AiTask;
import io.github.imagekitspring.extensions.AiTaskAction;
import io.github.imagekitspring.extensions.AiTasks;
import io.github.imagekitspring.extensions.AutoTagging;
import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.extensions.UnknownExtension;

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

class SavedExtensionOperationsTests {

	private static final String TAGGING_JSON = """
			{"id":"ext_abc123","name":"Tagging","description":"Google tags",
			 "config":{"name":"google-auto-tagging","minConfidence":80,"maxTags":5},
			 "createdAt":"2026-01-01T10:00:00Z","updatedAt":"2026-01-02T10:00:00Z"}
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
	void listReadsTypedConfigsAndKeepsUnknownExtensions() {
		server.stubFor(get("/v1/saved-extensions").willReturn(okJson("[" + TAGGING_JSON + ","
				+ "{\"id\":\"ext_2\",\"name\":\"Future\",\"description\":\"d\","
				+ "\"config\":{\"name\":\"ai-upscale\",\"factor\":2}}]")));

		StepVerifier.create(this.imageKit.savedExtensions().list()).assertNext((extensions) -> {
			assertThat(extensions.get(0)).isEqualTo(new SavedExtension("ext_abc123", "Tagging", "Google tags",
					Extension.googleAutoTagging(5, 80), Instant.parse("2026-01-01T10:00:00Z"),
					Instant.parse("2026-01-02T10:00:00Z")));
			assertThat(extensions.get(1).config()).isInstanceOfSatisfying(UnknownExtension.class, (unknown) -> {
				assertThat(unknown.name()).isEqualTo("ai-upscale");
				assertThat(unknown.raw()).containsEntry("factor", 2);
			});
		}).verifyComplete();
	}

	@Test
	void createSendsNameDescriptionAndTheTypedConfig() {
		server.stubFor(post("/v1/saved-extensions").willReturn(created().withHeader("Content-Type", "application/json")
			.withBody(TAGGING_JSON)));

		Extension config = new AiTasks(List.of(new AiTask.YesNo("Is this a luxury item?",
				AiTaskAction.addTags("luxury"), null, null)));
		StepVerifier.create(this.imageKit.savedExtensions()
			.withResponse()
			.create(new CreateSavedExtensionRequest("Luxury", "Tags luxury items", config)))
			.assertNext((response) -> {
				assertThat(response.statusCode()).isEqualTo(201);
				assertThat(response.requiredBody().config()).isInstanceOf(AutoTagging.class);
			})
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/saved-extensions"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"name":"Luxury","description":"Tags luxury items",
					 "config":{"name":"ai-tasks","tasks":[{"type":"yes_no","instruction":"Is this a luxury item?",
					   "on_yes":{"add_tags":["luxury"]}}]}}
					""")));
	}

	@Test
	void updateSendsOnlyTheFieldsSet() {
		server.stubFor(patch("/v1/saved-extensions/ext_abc123").willReturn(okJson(TAGGING_JSON)));

		StepVerifier.create(this.imageKit.savedExtensions()
			.update("ext_abc123", UpdateSavedExtensionRequest.builder().description("Sharper tags").build()))
			.expectNextCount(1)
			.verifyComplete();
		StepVerifier.create(this.imageKit.savedExtensions()
			.update("ext_abc123", UpdateSavedExtensionRequest.builder().config(Extension.aiAutoDescription()).build()))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(patchRequestedFor(urlEqualTo("/v1/saved-extensions/ext_abc123"))
			.withRequestBody(equalToJson("{\"description\":\"Sharper tags\"}")));
		server.verify(patchRequestedFor(urlEqualTo("/v1/saved-extensions/ext_abc123"))
			.withRequestBody(equalToJson("{\"config\":{\"name\":\"ai-auto-description\"}}")));
	}

	@Test
	void getAndDeleteAddressTheExtensionById() {
		server.stubFor(get("/v1/saved-extensions/ext_abc123").willReturn(okJson(TAGGING_JSON)));
		server.stubFor(delete("/v1/saved-extensions/ext_abc123").willReturn(aResponse().withStatus(204)));

		StepVerifier.create(this.imageKit.savedExtensions().get("ext_abc123"))
			.assertNext((extension) -> assertThat(extension.name()).isEqualTo("Tagging"))
			.verifyComplete();
		StepVerifier.create(this.imageKit.savedExtensions().delete("ext_abc123")).verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/v1/saved-extensions/ext_abc123")));
		server.verify(deleteRequestedFor(urlEqualTo("/v1/saved-extensions/ext_abc123")));
	}

	@Test
	void errorsCarryImageKitsMessageAndHelp() {
		server.stubFor(get("/v1/saved-extensions/gone").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The requested saved extension does not exist.\",\"help\":\"Contact support\"}")));
		server.stubFor(post("/v1/saved-extensions").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Invalid extension configuration.\",\"help\":\"Contact support\"}")));

		StepVerifier.create(this.imageKit.savedExtensions().get("gone"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(NotFoundException.class, (notFound) -> {
				assertThat(notFound.operation()).isEqualTo("savedExtensions.get");
				assertThat(notFound.errorMessage()).isEqualTo("The requested saved extension does not exist.");
				assertThat(notFound.help()).isEqualTo("Contact support");
			}))
			.verify();
		StepVerifier.create(this.imageKit.savedExtensions()
			.create(new CreateSavedExtensionRequest("n", "d", Extension.aiAutoDescription())))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(BadRequestException.class,
					(badRequest) -> assertThat(badRequest.errorMessage()).isEqualTo("Invalid extension configuration.")))
			.verify();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "ext/1" })
	void badIdsAreRefusedWithoutSending(String id) {
		UpdateSavedExtensionRequest change = UpdateSavedExtensionRequest.builder().name("n").build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.savedExtensions().get(id));
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.savedExtensions().update(id, change));
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.savedExtensions().delete(id));
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void requestsImageKitWouldRejectAreRefusedWhenBuilt() {
		Extension description = Extension.aiAutoDescription();
		assertThatIllegalArgumentException().isThrownBy(() -> new CreateSavedExtensionRequest(" ", "d", description))
			.withMessage("name must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> new CreateSavedExtensionRequest("n", "", description))
			.withMessage("description must not be null or blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CreateSavedExtensionRequest("n", "d", Extension.savedExtension("ext_1")))
			.withMessage("config must be a base extension, not a saved-extension reference");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateSavedExtensionRequest.builder().build())
			.withMessage("At least one of name, description and config must be set");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateSavedExtensionRequest.builder().name("").build())
			.withMessage("name must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.savedExtensions().create(null))
			.withMessage("request must not be null");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

}
