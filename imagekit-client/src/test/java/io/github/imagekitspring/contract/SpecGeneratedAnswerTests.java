package io.github.imagekitspring.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.contract.ImageKitSpec.SpecOperation;
import io.github.imagekitspring.resilience.ImageKitResilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a mock driven by the official spec would answer: for each operation's success schema, bodies with every
 * property present (a sample of its type, enum, const or format; each alternative of a {@code oneOf} or
 * {@code anyOf} in turn), each of which must parse into the client's model through the public call. Request rules
 * (such as "not both of these") must not reject what the server sends.
 */
class SpecGeneratedAnswerTests {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final String SCHEMA_REF = "#/components/schemas/";

	private static final String RESPONSE_REF = "#/components/responses/";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static Stream<Arguments> answers() {
		List<Arguments> answers = new ArrayList<>();
		SpecContractTests.cases().forEach((contractCase) -> {
			SpecOperation operation = ImageKitSpec
				.find(contractCase.operation().method().name(), contractCase.operation().pathTemplate())
				.orElse(null);
			if (operation == null) {
				return;
			}
			int status = (contractCase.responseStatus() != null) ? contractCase.responseStatus()
					: operation.successStatus();
			JsonNode schema = successSchema(operation, status);
			if (schema == null) {
				return;
			}
			int variants = Math.max(1, alternatives(schema, new ArrayList<>()));
			for (int variant = 0; variant < variants; variant++) {
				JsonNode body = new Generator(variant).sample(schema, new ArrayList<>());
				answers.add(Arguments.of(contractCase, status, body.toString()));
			}
		});
		return answers.stream();
	}

	@ParameterizedTest(name = "{0} <- {2}")
	@MethodSource("answers")
	void everyPropertyTheSpecAllowsParses(ContractCase contractCase, int status, String body) {
		server.resetAll();
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-ik-requestId", "generated-1")
			.withBody(body)));
		ImageKitOperations imageKit = ImageKitClient.builder()
			.privateKey("private_contract_key")
			.apiBaseUrl(server.baseUrl())
			.uploadBaseUrl(server.baseUrl())
			.responseTimeout(Duration.ofSeconds(30))
			.resilience(ImageKitResilience.disabled())
			.build();

		StepVerifier.create(Flux.from(contractCase.call().apply(imageKit)))
			.thenConsumeWhile((item) -> true)
			.expectComplete()
			.verify(Duration.ofSeconds(30));
	}

	@Test
	void theGeneratorCoversEverySuccessSchemaWithABody() {
		assertThat(answers()).hasSizeGreaterThan(40);
		assertThat(new Generator(1).sample(schema("RemovedotBGExtension"), new ArrayList<>()).toString())
			.contains("bg_color", "bg_image_url");
	}

	private static JsonNode schema(String name) {
		return ImageKitSpec.raw().path("components").path("schemas").path(name);
	}

	private static JsonNode successSchema(SpecOperation operation, int status) {
		JsonNode response = ImageKitSpec.raw()
			.path("paths")
			.path(operation.path())
			.path(operation.method().toLowerCase(Locale.ROOT))
			.path("responses")
			.path(String.valueOf(status));
		if (response.has("$ref")) {
			response = ImageKitSpec.raw()
				.path("components")
				.path("responses")
				.path(response.get("$ref").asText().substring(RESPONSE_REF.length()));
		}
		JsonNode schema = response.path("content").path("application/json").path("schema");
		return schema.isMissingNode() ? null : schema;
	}

	private static JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		while (resolved.has("$ref")) {
			resolved = schema(resolved.get("$ref").asText().substring(SCHEMA_REF.length()));
		}
		return resolved;
	}

	/** The most alternatives any one {@code oneOf}/{@code anyOf} in the schema has. */
	private static int alternatives(JsonNode schema, List<JsonNode> path) {
		JsonNode resolved = resolve(schema);
		if (path.contains(resolved)) {
			return 0;
		}
		path.add(resolved);
		int most = 0;
		for (String combinator : List.of("oneOf", "anyOf")) {
			if (resolved.has(combinator)) {
				most = Math.max(most, resolved.get(combinator).size());
				for (JsonNode alternative : resolved.get(combinator)) {
					most = Math.max(most, alternatives(alternative, path));
				}
			}
		}
		if (resolved.has("allOf")) {
			for (JsonNode part : resolved.get("allOf")) {
				most = Math.max(most, alternatives(part, path));
			}
		}
		for (Iterator<JsonNode> properties = resolved.path("properties").elements(); properties.hasNext();) {
			most = Math.max(most, alternatives(properties.next(), path));
		}
		if (resolved.has("items")) {
			most = Math.max(most, alternatives(resolved.get("items"), path));
		}
		if (resolved.path("additionalProperties").isObject()) {
			most = Math.max(most, alternatives(resolved.get("additionalProperties"), path));
		}
		path.remove(path.size() - 1);
		return most;
	}

	/** Samples a schema, taking alternative {@code variant} (modulo their number) at each choice. */
	private record Generator(int variant) {

		JsonNode sample(JsonNode schema, List<JsonNode> path) {
			JsonNode resolved = resolve(schema);
			if (path.contains(resolved)) {
				// A recursive schema: stop with an empty object rather than loop.
				return JSON.objectNode();
			}
			path.add(resolved);
			try {
				return sampleResolved(resolved, path);
			}
			finally {
				path.remove(path.size() - 1);
			}
		}

		private JsonNode sampleResolved(JsonNode schema, List<JsonNode> path) {
			for (String combinator : List.of("oneOf", "anyOf")) {
				if (schema.has(combinator)) {
					JsonNode choices = schema.get(combinator);
					JsonNode chosen = sample(choices.get(this.variant % choices.size()), path);
					return merge(chosen, ownProperties(schema, path));
				}
			}
			if (schema.has("allOf")) {
				ObjectNode all = JSON.objectNode();
				for (JsonNode part : schema.get("allOf")) {
					JsonNode sample = sample(part, path);
					if (sample.isObject()) {
						all.setAll((ObjectNode) sample);
					}
				}
				return merge(all, ownProperties(schema, path));
			}
			if (schema.has("const")) {
				return schema.get("const");
			}
			if (schema.has("enum")) {
				List<JsonNode> values = new ArrayList<>();
				schema.get("enum").forEach((value) -> {
					if (!value.isNull()) {
						values.add(value);
					}
				});
				return values.isEmpty() ? JSON.nullNode() : values.get(this.variant % values.size());
			}
			String type = type(schema);
			return switch (type) {
				case "object" -> object(schema, path);
				case "array" -> {
					ArrayNode array = JSON.arrayNode();
					array.add(schema.has("items") ? sample(schema.get("items"), path) : JSON.textNode("sample"));
					yield array;
				}
				case "string" -> JSON.textNode(string(schema));
				case "integer" -> JSON.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() + 1 : 1);
				case "number" -> JSON.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() + 1 : 1.5);
				case "boolean" -> JSON.booleanNode(true);
				default -> JSON.nullNode();
			};
		}

		private ObjectNode ownProperties(JsonNode schema, List<JsonNode> path) {
			return schema.has("properties") ? object(schema, path) : JSON.objectNode();
		}

		private ObjectNode object(JsonNode schema, List<JsonNode> path) {
			ObjectNode object = JSON.objectNode();
			for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties
				.hasNext();) {
				Map.Entry<String, JsonNode> property = properties.next();
				object.set(property.getKey(), sample(property.getValue(), path));
			}
			if (schema.path("additionalProperties").isObject() && !schema.has("properties")) {
				object.set("sampleKey", sample(schema.get("additionalProperties"), path));
			}
			return object;
		}

		private static JsonNode merge(JsonNode chosen, ObjectNode own) {
			if (chosen.isObject() && !own.isEmpty()) {
				ObjectNode merged = own.deepCopy();
				merged.setAll((ObjectNode) chosen);
				return merged;
			}
			return chosen;
		}

		private static String type(JsonNode schema) {
			JsonNode type = schema.get("type");
			if (type == null) {
				return schema.has("properties") ? "object" : (schema.has("items") ? "array" : "string");
			}
			if (type.isArray()) {
				for (JsonNode each : type) {
					if (!"null".equals(each.asText())) {
						return each.asText();
					}
				}
				return "null";
			}
			return type.asText();
		}

		private static String string(JsonNode schema) {
			String format = schema.path("format").asText("");
			return switch (format) {
				case "date-time" -> "2025-01-01T00:00:00.000Z";
				case "date" -> "2025-01-01";
				case "uri", "url" -> "https://ik.imagekit.io/demo/sample.jpg";
				case "email" -> "someone@example.com";
				case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
				default -> "sample";
			};
		}

	}

}
