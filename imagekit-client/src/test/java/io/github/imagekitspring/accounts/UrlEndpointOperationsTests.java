package io.github.imagekitspring.accounts;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.created;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UrlEndpointOperationsTests {

	private static final String ENDPOINT_JSON = """
			{"id":"e1","description":"Products","urlPrefix":"product-images","origins":["o1","o2"],
			 "urlRewriter":{"type":"CLOUDINARY","preserveAssetDeliveryTypes":true}}
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
	void listReadsEveryRewriterAndKeepsUnknownOnes() {
		server.stubFor(get("/v1/accounts/url-endpoints").willReturn(okJson("["
				+ "{\"id\":\"default\",\"description\":\"Default\",\"urlPrefix\":\"\",\"origins\":[]},"
				+ ENDPOINT_JSON + ","
				+ "{\"id\":\"e2\",\"description\":\"Imgix\",\"urlPrefix\":\"ix\",\"origins\":[\"o1\"],"
				+ "\"urlRewriter\":{\"type\":\"IMGIX\"}},"
				+ "{\"id\":\"e3\",\"description\":\"Akamai\",\"urlPrefix\":\"ak\",\"origins\":[],"
				+ "\"urlRewriter\":{\"type\":\"AKAMAI\"}},"
				+ "{\"id\":\"e4\",\"description\":\"Future\",\"urlPrefix\":\"fu\",\"origins\":[],"
				+ "\"urlRewriter\":{\"type\":\"FASTLY\",\"keepQuery\":true}}]")));

		StepVerifier.create(this.imageKit.accounts().urlEndpoints().list()).assertNext((endpoints) -> {
			assertThat(endpoints.get(0)).isEqualTo(new UrlEndpoint("default", "Default", "", List.of(), null));
			assertThat(endpoints.get(1)).isEqualTo(new UrlEndpoint("e1", "Products", "product-images",
					List.of("o1", "o2"), UrlRewriter.cloudinary(true)));
			assertThat(endpoints.get(2).urlRewriter()).isEqualTo(UrlRewriter.imgix());
			assertThat(endpoints.get(3).urlRewriter()).isEqualTo(UrlRewriter.akamai());
			assertThat(endpoints.get(4).urlRewriter()).isInstanceOfSatisfying(UnknownUrlRewriter.class, (rewriter) -> {
				assertThat(rewriter.type()).isEqualTo("FASTLY");
				assertThat(rewriter.raw()).containsEntry("keepQuery", true);
			});
		}).verifyComplete();
	}

	@Test
	void createSendsTheEndpointWithItsRewriter() {
		server.stubFor(post("/v1/accounts/url-endpoints").willReturn(created()
			.withHeader("Content-Type", "application/json")
			.withBody(ENDPOINT_JSON)));

		UrlEndpointRequest request = UrlEndpointRequest.builder("Products")
			.urlPrefix("product-images")
			.origins("o1", "o2")
			.urlRewriter(UrlRewriter.cloudinary(true))
			.build();
		StepVerifier.create(this.imageKit.accounts().urlEndpoints().create(request))
			.assertNext((endpoint) -> assertThat(endpoint.id()).isEqualTo("e1"))
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/accounts/url-endpoints"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"description":"Products","urlPrefix":"product-images","origins":["o1","o2"],
					 "urlRewriter":{"type":"CLOUDINARY","preserveAssetDeliveryTypes":true}}
					""")));
	}

	@Test
	void updateReplacesTheEndpointAndSendsAnUnknownRewriterBackAsRead() {
		server.stubFor(put("/v1/accounts/url-endpoints/e4").willReturn(okJson(ENDPOINT_JSON)));
		UnknownUrlRewriter unknown = new UnknownUrlRewriter(Map.of("type", "FASTLY", "keepQuery", true));

		StepVerifier.create(this.imageKit.accounts()
			.urlEndpoints()
			.update("e4", UrlEndpointRequest.builder("Future").urlRewriter(unknown).build())).expectNextCount(1)
			.verifyComplete();
		StepVerifier.create(this.imageKit.accounts()
			.urlEndpoints()
			.update("e4", UrlEndpointRequest.builder("Plain").urlRewriter(UrlRewriter.imgix()).build()))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(putRequestedFor(urlEqualTo("/v1/accounts/url-endpoints/e4")).withRequestBody(equalToJson(
				"{\"description\":\"Future\",\"origins\":[],\"urlRewriter\":{\"type\":\"FASTLY\",\"keepQuery\":true}}")));
		server.verify(putRequestedFor(urlEqualTo("/v1/accounts/url-endpoints/e4")).withRequestBody(
				equalToJson("{\"description\":\"Plain\",\"origins\":[],\"urlRewriter\":{\"type\":\"IMGIX\"}}")));
	}

	@Test
	void getAndDeleteAddressTheEndpointById() {
		server.stubFor(get("/v1/accounts/url-endpoints/default").willReturn(okJson(ENDPOINT_JSON)));
		server.stubFor(delete("/v1/accounts/url-endpoints/e1").willReturn(aResponse().withStatus(204)));

		StepVerifier.create(this.imageKit.accounts().urlEndpoints().get("default"))
			.assertNext((endpoint) -> assertThat(endpoint.origins()).containsExactly("o1", "o2"))
			.verifyComplete();
		StepVerifier.create(this.imageKit.accounts().urlEndpoints().withResponse().delete("e1"))
			.assertNext((response) -> assertThat(response.statusCode()).isEqualTo(204))
			.verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/v1/accounts/url-endpoints/default")));
		server.verify(deleteRequestedFor(urlEqualTo("/v1/accounts/url-endpoints/e1")));
	}

	@Test
	void errorsCarryImageKitsMessage() {
		server.stubFor(delete("/v1/accounts/url-endpoints/default").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Default URL-endpoint cannot be deleted.\",\"help\":\"Contact support\"}")));
		server.stubFor(get("/v1/accounts/url-endpoints/gone").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"URL-endpoint not found.\",\"help\":\"Contact support\"}")));

		StepVerifier.create(this.imageKit.accounts().urlEndpoints().delete("default"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(BadRequestException.class,
					(badRequest) -> assertThat(badRequest.errorMessage())
						.isEqualTo("Default URL-endpoint cannot be deleted.")))
			.verify();
		StepVerifier.create(this.imageKit.accounts().urlEndpoints().get("gone"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(NotFoundException.class, (notFound) -> {
				assertThat(notFound.errorMessage()).isEqualTo("URL-endpoint not found.");
				assertThat(notFound.help()).isEqualTo("Contact support");
			}))
			.verify();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "e1/x" })
	void badIdsAreRefusedWithoutSending(String id) {
		UrlEndpointRequest request = UrlEndpointRequest.builder("d").build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.accounts().urlEndpoints().get(id));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.imageKit.accounts().urlEndpoints().update(id, request));
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.accounts().urlEndpoints().delete(id));
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void limitsOfTheCatalogAreEnforcedWhenBuilding() {
		List<String> elevenOrigins = Collections.nCopies(11, "o");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UrlEndpointRequest.builder("d").origins(elevenOrigins).build())
			.withMessage("origins must have at most 10 entries, had 11");
		assertThat(UrlEndpointRequest.builder("d").origins(Collections.nCopies(10, "o")).build().origins()).hasSize(10);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UrlEndpointRequest.builder("d").urlPrefix("p".repeat(101)).build())
			.withMessageStartingWith("urlPrefix must hold at most 100 letters, digits or hyphens");
		assertThat(UrlEndpointRequest.builder("d").urlPrefix("p".repeat(100)).build().urlPrefix()).hasSize(100);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UrlEndpointRequest.builder("d").urlPrefix("has space").build())
			.withMessageStartingWith("urlPrefix must hold");
		assertThatIllegalArgumentException().isThrownBy(() -> UrlEndpointRequest.builder(" ").build())
			.withMessage("description must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> UrlEndpointRequest.builder("d".repeat(1001)).build())
			.withMessage("description must hold 1 to 1000 characters, had 1001");
		assertThatIllegalArgumentException().isThrownBy(() -> UrlEndpointRequest.builder("d").origins("o1", " ").build())
			.withMessage("origins entry must not be null or blank");
	}

}
