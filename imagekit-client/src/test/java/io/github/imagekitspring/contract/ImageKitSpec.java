package io.github.imagekitspring.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * ImageKit's official OpenAPI spec ({@code src/test/resources/openapi/imagekit-openapi.yaml}, a verbatim copy of
 * the spec in {@code imagekit-developer/sdk-generation}): its operations and their example answers.
 */
final class ImageKitSpec {

	static final String LOCATION = "openapi/imagekit-openapi.yaml";

	/** An SDK-generation aid of the spec, not an ImageKit operation. */
	private static final String DUMMY_PATH = "/v1/dummy/test";

	private static final OpenAPI SPEC = parse();

	private static final String COMPONENT_EXAMPLE = "#/components/examples/";

	/** The spec as plain YAML, for what the parser drops: the bare example values under components.examples. */
	private static final JsonNode RAW = readRaw();

	private ImageKitSpec() {
	}

	/** A fresh parse of the spec, for callers that change it. */
	static OpenAPI parse() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		OpenAPI spec = new OpenAPIV3Parser().read(LOCATION, null, options);
		if (spec == null) {
			throw new IllegalStateException("Cannot read " + LOCATION);
		}
		return spec;
	}

	/**
	 * An example value under {@code components.examples}, as JSON.
	 * @param name the example's name
	 * @return the JSON
	 */
	static String componentExample(String name) {
		JsonNode example = RAW.path("components").path("examples").path(name);
		if (example.isMissingNode()) {
			throw new IllegalArgumentException("No example " + name + " in " + LOCATION);
		}
		return Json.pretty(example);
	}

	/**
	 * Whether a body is one of the spec's own examples under {@code components.examples}.
	 * @param body the JSON body
	 * @return whether ImageKit documents this very answer
	 */
	static boolean isComponentExample(String body) {
		try {
			JsonNode json = Json.mapper().readTree(body);
			for (JsonNode example : RAW.path("components").path("examples")) {
				if (example.equals(json)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static JsonNode readRaw() {
		try (InputStream yaml = ImageKitSpec.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (yaml == null) {
				throw new IllegalStateException("Cannot read " + LOCATION);
			}
			return Yaml.mapper().readTree(yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The spec as plain YAML, {@code $ref}s unresolved. */
	static JsonNode raw() {
		return RAW;
	}

	/** Every operation of the spec but the dummy one. */
	static List<SpecOperation> operations() {
		List<SpecOperation> operations = new ArrayList<>();
		SPEC.getPaths().forEach((path, item) -> {
			if (!path.equals(DUMMY_PATH)) {
				item.readOperationsMap()
					.forEach((method, operation) -> operations.add(new SpecOperation(method.name(), path, operation)));
			}
		});
		return operations;
	}

	static Optional<SpecOperation> find(String method, String pathTemplate) {
		return operations().stream()
			.filter((operation) -> operation.method().equals(method)
					&& normalize(operation.path()).equals(normalize(pathTemplate)))
			.findFirst();
	}

	/** Path templates compare equal whatever their placeholders are named. */
	static String normalize(String pathTemplate) {
		return pathTemplate.replaceAll("\\{[^}]+}", "{}");
	}

	/**
	 * An operation of the spec.
	 *
	 * @param method the HTTP method
	 * @param path the path template
	 * @param operation the parsed operation
	 */
	record SpecOperation(String method, String path, Operation operation) {

		String operationId() {
			return this.operation.getOperationId();
		}

		/** The first 2xx status of the spec's responses. */
		int successStatus() {
			return Integer.parseInt(successResponse().getKey());
		}

		/** The spec's example of the success answer as JSON, or {@code null} if there is no body. */
		String successExample() {
			ApiResponse response = successResponse().getValue();
			if (response.getContent() == null) {
				return null;
			}
			MediaType json = response.getContent().get("application/json");
			if (json == null) {
				return null;
			}
			Object example = json.getExample();
			if (example == null && json.getExamples() != null && !json.getExamples().isEmpty()) {
				example = json.getExamples().values().iterator().next().getValue();
			}
			if (example == null && json.getSchema() != null) {
				example = json.getSchema().getExample();
			}
			if (example == null) {
				return null;
			}
			// An example that only points at components.examples ("value: $ref: ...") stands for that example.
			JsonNode value = Json.mapper().valueToTree(example);
			String ref = value.path("$ref").asText("");
			if (value.size() == 1 && ref.startsWith(COMPONENT_EXAMPLE)) {
				return componentExample(ref.substring(COMPONENT_EXAMPLE.length()));
			}
			return Json.pretty(example);
		}

		private Map.Entry<String, ApiResponse> successResponse() {
			return this.operation.getResponses()
				.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().startsWith("2"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(this.method + " " + this.path + " has no 2xx answer"));
		}

		@Override
		public String toString() {
			return this.method + " " + this.path + " (" + operationId() + ")";
		}

	}


}
