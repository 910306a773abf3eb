package io.github.imagekitspring.custommetadata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CustomMetadataFieldOperationsTests {

	private static final String PRICE = "{\"id\":\"598821f949c0a938d57563dd\",\"name\":\"price\",\"label\":\"price\","
			+ "\"schema\":{\"type\":\"Number\",\"minValue\":1000,\"maxValue\":3000}}";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitTestClient.against(server);

	@Test
	void createSendsTheTypedSchemaAndReadsTheField() {
		server.stubFor(post("/v1/customMetadataFields").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(PRICE)));

		StepVerifier.create(this.imageKit.customMetadataFields()
			.create(new CreateCustomMetadataFieldRequest("price", "price",
					CustomMetadataFieldSchema.number().minValue(1000).maxValue(3000).build())))
			.assertNext((field) -> {
				assertThat(field.id()).isEqualTo("598821f949c0a938d57563dd");
				assertThat(field.schema().type()).isEqualTo(CustomMetadataFieldType.NUMBER);
				assertThat(field.schema().minValue()).isEqualTo(1000);
				assertThat(field.schema().maxValue()).isEqualTo(3000);
			})
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/customMetadataFields")).withRequestBody(equalToJson(
				"{\"name\":\"price\",\"label\":\"price\",\"schema\":{\"type\":\"Number\",\"minValue\":1000,\"maxValue\":3000}}")));
	}

	@Test
	void everyTypeIsSentWithItsWireNameAndConstraints() {
		server.stubFor(post("/v1/customMetadataFields").willReturn(okJson(PRICE).withStatus(201)));

		create("a", CustomMetadataFieldSchema.text().minLength(2).maxLength(10).defaultValue("Nike").valueRequired(true)
			.build());
		create("b", CustomMetadataFieldSchema.textarea().maxLength(500).build());
		create("c", CustomMetadataFieldSchema.date().minValue(LocalDate.of(2020, 1, 1))
			.maxValue(Instant.parse("2030-01-01T00:00:00Z")).defaultValue("2025-06-01").build());
		create("d", CustomMetadataFieldSchema.bool().defaultValue(false).build());
		create("e", CustomMetadataFieldSchema.singleSelect(List.of("small", 30, true)).defaultValue(30).build());
		create("f", CustomMetadataFieldSchema.multiSelect(List.of("red", "blue")).defaultValue(List.of("blue")).build());

		verifySchema("a", "{\"type\":\"Text\",\"minLength\":2,\"maxLength\":10,\"defaultValue\":\"Nike\","
				+ "\"isValueRequired\":true}");
		verifySchema("b", "{\"type\":\"Textarea\",\"maxLength\":500}");
		verifySchema("c", "{\"type\":\"Date\",\"minValue\":\"2020-01-01\",\"maxValue\":\"2030-01-01T00:00:00Z\","
				+ "\"defaultValue\":\"2025-06-01\"}");
		verifySchema("d", "{\"type\":\"Boolean\",\"defaultValue\":false}");
		verifySchema("e", "{\"type\":\"SingleSelect\",\"selectOptions\":[\"small\",30,true],\"defaultValue\":30}");
		verifySchema("f", "{\"type\":\"MultiSelect\",\"selectOptions\":[\"red\",\"blue\"],\"defaultValue\":[\"blue\"]}");
	}

	@Test
	void listSendsItsQueryAndReadsSchemasOfAnyType() {
		server.stubFor(get(urlPathEqualTo("/v1/customMetadataFields")).willReturn(okJson("[" + PRICE + ","
				+ "{\"id\":\"2\",\"name\":\"sizes\",\"label\":\"Sizes\",\"schema\":{\"type\":\"MultiSelect\","
				+ "\"selectOptions\":[\"s\",40,true],\"defaultValue\":[\"s\",40],\"isValueRequired\":true}},"
				+ "{\"id\":\"3\",\"name\":\"geo\",\"label\":\"Geo\",\"schema\":{\"type\":\"Location\"}}]")));

		StepVerifier.create(this.imageKit.customMetadataFields()
			.list(new ListCustomMetadataFieldsRequest(true, "/products/shoes")))
			.assertNext((fields) -> {
				assertThat(fields).hasSize(3);
				CustomMetadataFieldSchema sizes = fields.get(1).schema();
				assertThat(sizes.type()).isEqualTo(CustomMetadataFieldType.MULTI_SELECT);
				assertThat(sizes.selectOptions()).containsExactly("s", 40, true);
				assertThat(sizes.defaultValue()).isEqualTo(List.of("s", 40));
				assertThat(sizes.isValueRequired()).isTrue();
				assertThat(fields.get(2).schema().type()).isEqualTo(CustomMetadataFieldType.UNKNOWN);
			})
			.verifyComplete();
		StepVerifier.create(this.imageKit.customMetadataFields().list(ListCustomMetadataFieldsRequest.none()))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(getRequestedFor(
				urlEqualTo("/v1/customMetadataFields?includeDeleted=true&folderPath=%2Fproducts%2Fshoes")));
		server.verify(getRequestedFor(urlEqualTo("/v1/customMetadataFields")));
	}

	@Test
	void updateSendsLabelAndConstraintsWithoutTheType() {
		server.stubFor(patch("/v1/customMetadataFields/f1").willReturn(okJson(PRICE)));

		StepVerifier.create(this.imageKit.customMetadataFields()
			.update("f1", new UpdateCustomMetadataFieldRequest("Price",
					CustomMetadataFieldSchema.number().minValue(0).maxValue(10).build())))
			.expectNextCount(1)
			.verifyComplete();
		StepVerifier.create(this.imageKit.customMetadataFields()
			.update("f1", UpdateCustomMetadataFieldRequest.newLabel("Cost")))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(patchRequestedFor(urlEqualTo("/v1/customMetadataFields/f1")).withRequestBody(
				equalToJson("{\"label\":\"Price\",\"schema\":{\"minValue\":0,\"maxValue\":10}}")));
		server.verify(patchRequestedFor(urlEqualTo("/v1/customMetadataFields/f1"))
			.withRequestBody(equalToJson("{\"label\":\"Cost\"}")));
	}

	@Test
	void deleteAnswers204AndErrorsKeepTheirMessage() {
		server.stubFor(delete("/v1/customMetadataFields/f1").willReturn(aResponse().withStatus(204)));
		server.stubFor(delete("/v1/customMetadataFields/gone").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"No such custom metadata field exists.\"}")));
		server.stubFor(post("/v1/customMetadataFields").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"A custom metadata field with this name already exists.\"}")));

		StepVerifier.create(this.imageKit.customMetadataFields().delete("f1")).verifyComplete();
		StepVerifier.create(this.imageKit.customMetadataFields().delete("gone"))
			.expectError(NotFoundException.class)
			.verify();
		StepVerifier.create(this.imageKit.customMetadataFields()
			.create(new CreateCustomMetadataFieldRequest("price", "price", CustomMetadataFieldSchema.bool().build())))
			.expectErrorSatisfies((ex) -> assertThat(((BadRequestException) ex).errorMessage())
				.isEqualTo("A custom metadata field with this name already exists."))
			.verify();
		server.verify(deleteRequestedFor(urlEqualTo("/v1/customMetadataFields/f1")));
	}

	@Test
	void impossibleSchemasAreRejectedNamingTheArgument() {
		assertRejected(() -> CustomMetadataFieldSchema.text().minLength(5).maxLength(3).build(),
				"minLength (5) must not be greater than maxLength (3)");
		assertRejected(() -> CustomMetadataFieldSchema.text().minLength(-1).build(), "minLength must not be negative");
		assertRejected(() -> CustomMetadataFieldSchema.number().minLength(1).build(),
				"minLength is only allowed for Text and Textarea fields, not Number fields");
		assertRejected(() -> CustomMetadataFieldSchema.text().maxValue(3).build(),
				"maxValue is only allowed for Number and Date fields, not Text fields");
		assertRejected(() -> CustomMetadataFieldSchema.number().minValue(10).maxValue(1).build(),
				"minValue (10) must not be greater than maxValue (1)");
		assertRejected(() -> CustomMetadataFieldSchema.number().minValue("ten").build(),
				"minValue of a Number field must be a number");
		assertRejected(() -> CustomMetadataFieldSchema.date().minValue("2030-01-01").maxValue("2020-01-01").build(),
				"minValue (2030-01-01) must not be greater than maxValue (2020-01-01)");
		assertRejected(() -> CustomMetadataFieldSchema.date().minValue("yesterday").build(),
				"minValue of a Date field must be an ISO 8601 date");
		assertRejected(() -> CustomMetadataFieldSchema.singleSelect(List.of()).build(),
				"selectOptions is required for SingleSelect fields");
		assertRejected(() -> CustomMetadataFieldSchema.multiSelect(List.of(List.of("x"))).build(),
				"selectOptions entries must be strings, numbers or booleans");
		assertRejected(() -> CustomMetadataFieldSchema.bool().valueRequired(true).build(),
				"defaultValue is required when isValueRequired is true");
		assertRejected(() -> CustomMetadataFieldSchema.bool().defaultValue("yes").build(),
				"defaultValue of a Boolean field must be a boolean");
		assertRejected(() -> CustomMetadataFieldSchema.text().maxLength(3).defaultValue("toolong").build(),
				"defaultValue must have at most maxLength (3) characters, had 7");
		assertRejected(() -> CustomMetadataFieldSchema.number().maxValue(5).defaultValue(6).build(),
				"defaultValue (6) must not be greater than maxValue (5)");
		assertRejected(() -> CustomMetadataFieldSchema.text().minLength(3).defaultValue("ab").build(),
				"defaultValue must have at least minLength (3) characters, had 2");
		assertRejected(() -> CustomMetadataFieldSchema.date().minValue("2020-01-01").defaultValue("2019-12-31").build(),
				"defaultValue (2019-12-31) must not be less than minValue (2020-01-01)");
		assertRejected(() -> CustomMetadataFieldSchema.singleSelect(List.of("a", "b")).defaultValue("c").build(),
				"defaultValue must be one of selectOptions, was c");
		assertRejected(() -> CustomMetadataFieldSchema.multiSelect(List.of("a", "b")).defaultValue("a").build(),
				"defaultValue of a MultiSelect field must be a non-empty list");
		assertRejected(() -> CustomMetadataFieldSchema.multiSelect(List.of("a", "b")).defaultValue(List.of("a", "z"))
			.build(), "defaultValue entries must be selectOptions, was z");
		assertRejected(() -> new CustomMetadataFieldSchema(CustomMetadataFieldType.TEXT, List.of("a"), null, null,
				null, null, null, null).validate(), "selectOptions is only allowed for SingleSelect and MultiSelect");
		assertRejected(() -> new CustomMetadataFieldSchema(CustomMetadataFieldType.UNKNOWN, null, null, null, null,
				null, null, null).validate(), "schema.type must be a known type");
		assertRejected(() -> new CreateCustomMetadataFieldRequest(" ", "l", CustomMetadataFieldSchema.bool().build()),
				"name must not be null or blank");
		assertRejected(() -> new CreateCustomMetadataFieldRequest("n", "l", null), "schema must not be null");
		assertRejected(() -> new UpdateCustomMetadataFieldRequest(null, null), "label or schema must be set");
		assertRejected(() -> new ListCustomMetadataFieldsRequest(null, " "), "folderPath must not be blank");
		assertRejected(() -> this.imageKit.customMetadataFields().delete(""), "id must not be null or blank");
		assertRejected(() -> this.imageKit.customMetadataFields()
			.update(null, UpdateCustomMetadataFieldRequest.newLabel("x")), "id must not be null or blank");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	private void create(String name, CustomMetadataFieldSchema schema) {
		StepVerifier.create(this.imageKit.customMetadataFields()
			.create(new CreateCustomMetadataFieldRequest(name, name, schema))).expectNextCount(1).verifyComplete();
	}

	private static void verifySchema(String name, String schema) {
		server.verify(postRequestedFor(urlEqualTo("/v1/customMetadataFields")).withRequestBody(
				equalToJson("{\"name\":\"" + name + "\",\"label\":\"" + name + "\",\"schema\":" + schema + "}")));
	}

	private static void assertRejected(Runnable call, String message) {
		assertThatIllegalArgumentException().isThrownBy(call::run).withMessageContaining(message);
	}

}
