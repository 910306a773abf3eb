package io.github.imagekitspring.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Validates emulator responses against the official OpenAPI spec with swagger-request-validator.
 *
 * The validator (2.46.1) reads OpenAPI 3.0 only, so the 3.1 spec is rewritten at runtime into its
 * 3.0 equivalent: {@code type: [x, null]} becomes {@code type: x, nullable: true}, {@code const: v}
 * becomes {@code enum: [v]}; schema-level {@code examples} arrays, {@code contentEncoding} and the 3.1-only
 * {@code webhooks} section are dropped; bare component examples are wrapped in {@code value}; three
 * responses without the required {@code description} get an empty one; {@code discriminator}s are
 * dropped (the oneOf still applies); and the empty body schema of 204 responses is dropped, as HTTP
 * allows no body there. Nothing
 * else changes, so every constraint the schemas state is still checked.
 */
final class SpecValidator {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static final JsonNode SPEC = load();

	private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
		.createForInlineApiSpecification(normalise(SPEC.deepCopy()).toString())
		// Merges allOf parts before checking, so the strict no-extra-properties rule sees the whole object.
		.withResolveCombinators(true)
		.build();

	private static final Set<String> VALIDATED = ConcurrentHashMap.newKeySet();

	private record SpecOperation(String id, String method, Pattern path, String template) {
	}

	private static final List<SpecOperation> OPERATIONS = operations();

	private SpecValidator() {
	}

	/** Every operationId of the spec except the internal dummy endpoint. */
	static Set<String> specOperationIds() {
		Set<String> ids = new java.util.TreeSet<>();
		OPERATIONS.forEach((o) -> ids.add(o.id));
		return ids;
	}

	/** Operation ids for which at least one response was validated so far. */
	static Set<String> validatedOperationIds() {
		return Set.copyOf(VALIDATED);
	}

	/**
	 * Validates one response and records its operation as covered.
	 * @return the spec operation id, or {@code null} for operations the spec does not describe
	 * @throws AssertionError when the response breaks the spec
	 */
	static String validate(String method, String path, int status, Map<String, List<String>> headers, String body) {
		SpecOperation op = OPERATIONS.stream()
			.filter((o) -> o.method.equalsIgnoreCase(method) && o.path.matcher(path).matches())
			.findFirst()
			.orElse(null);
		if (op == null) {
			return null;
		}
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		headers.forEach((name, values) -> {
			if (!name.equals(":status")) {
				response.withHeader(name, values);
			}
		});
		if (body != null && !body.isEmpty()) {
			response.withBody(body);
		}
		ValidationReport report = VALIDATOR.validateResponse(op.template, Request.Method.valueOf(method.toUpperCase()), response.build());
		if (report.hasErrors()) {
			throw new AssertionError("Response of " + method + " " + path + " (" + op.id + ", HTTP " + status
					+ ") breaks the OpenAPI spec:\n" + report.getMessages() + "\nBody: " + body);
		}
		VALIDATED.add(op.id);
		return op.id;
	}

	private static JsonNode load() {
		// SnakeYAML resolves the spec's anchors and aliases (&a1 / *a1), which Jackson's YAML reader leaves unresolved.
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10_000);
		try (InputStream in = SpecValidator.class.getResourceAsStream("/imagekit-openapi.yaml")) {
			Object tree = new Yaml(new SafeConstructor(options)).load(in);
			return MAPPER.valueToTree(tree);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<SpecOperation> operations() {
		List<SpecOperation> out = new ArrayList<>();
		SPEC.get("paths").fields().forEachRemaining((p) -> p.getValue().fields().forEachRemaining((m) -> {
			JsonNode id = m.getValue().get("operationId");
			if (id != null && !id.asText().equals("create-dummy-test")) {
				String regex = p.getKey().replaceAll("\\{[^/]+}", "[^/]+");
				out.add(new SpecOperation(id.asText(), m.getKey(), Pattern.compile(regex + "/?"), p.getKey()));
			}
		}));
		// Literal paths first, so /v1/files/purge/{id} is not taken for /v1/files/{fileId}/... and the like.
		out.sort((a, b) -> Long.compare(a.template.chars().filter((c) -> c == '{').count(), b.template.chars().filter((c) -> c == '{').count()));
		return out;
	}

	static JsonNode normalise(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("openapi")) {
				object.put("openapi", "3.0.3");
				object.remove("webhooks");
				// The spec lists some component examples bare; 3.0 wants them under "value".
				JsonNode examples = object.path("components").path("examples");
				if (examples instanceof ObjectNode named) {
					List<String> names = new ArrayList<>();
					named.fieldNames().forEachRemaining(names::add);
					for (String name : names) {
						if (!named.get(name).has("value")) {
							named.set(name, MAPPER.createObjectNode().set("value", named.get(name)));
						}
					}
				}
			}
			object.remove("contentEncoding");
			// The validator reads discriminators the Swagger 2 way (named definitions, required property);
			// the oneOf branches are still checked one by one, and their type enums tell them apart.
			object.remove("discriminator");
			// Three responses lack the description both OpenAPI versions require.
			if (object.get("responses") instanceof ObjectNode responses) {
				responses.forEach((r) -> {
					if (r instanceof ObjectNode response && !response.has("$ref") && !response.has("description")) {
						response.put("description", "");
					}
					// HTTP forbids a body on 204; the spec's empty schema there would demand one.
					if (r instanceof ObjectNode response && response.has("content") && responses.get("204") == response) {
						response.remove("content");
					}
				});
			}
			JsonNode type = object.get("type");
			if (type instanceof ArrayNode types) {
				List<String> named = new ArrayList<>();
				boolean nullable = false;
				for (JsonNode t : types) {
					if (t.isNull() || t.asText().equals("null")) {
						nullable = true;
					}
					else {
						named.add(t.asText());
					}
				}
				object.put("type", named.get(0));
				if (nullable) {
					object.put("nullable", true);
				}
			}
			if (object.has("const")) {
				object.putArray("enum").add(object.remove("const"));
			}
			if (object.get("examples") instanceof ArrayNode) {
				object.remove("examples");
			}
			Map<String, JsonNode> children = new LinkedHashMap<>();
			Iterator<Map.Entry<String, JsonNode>> it = object.fields();
			it.forEachRemaining((e) -> children.put(e.getKey(), e.getValue()));
			children.values().forEach(SpecValidator::normalise);
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(SpecValidator::normalise);
		}
		return node;
	}

}
