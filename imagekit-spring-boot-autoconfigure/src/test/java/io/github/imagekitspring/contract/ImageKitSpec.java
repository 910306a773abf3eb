package io.github.imagekitspring.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.core.util.Json;
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
			return (example != null) ? Json.pretty(example) : null;
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
