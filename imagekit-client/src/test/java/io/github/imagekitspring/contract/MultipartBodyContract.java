package io.github.imagekitspring.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.contract.ImageKitSpec.SpecOperation;

/**
 * Validates a {@code multipart/form-data} request body against the operation's schema in the spec, which
 * swagger-request-validator does not do itself: its request validator reads only JSON and URL-encoded bodies and
 * only logs "not supported" for multipart ones. So the parts are turned into the JSON object the schema describes
 * and checked with the library's own {@link SchemaValidator}, additional properties reported.
 * <p>
 * Each text part is read back by the wire rule the schema's type implies (the same in every official SDK):
 * {@code "true"}/{@code "false"} for booleans, digits for integers, JSON for objects and for arrays
 * sent as JSON ({@code extensions}), comma-separated text for the other arrays ({@code tags},
 * {@code responseFields}). A part with a file name is binary and checked only as the string it is.
 */
final class MultipartBodyContract {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final OpenAPI SPEC = withoutUnmappedDiscriminators(OpenApi30View.of(ImageKitSpec.parse()));

	private static final SchemaValidator VALIDATOR = new SchemaValidator(SPEC, new MessageResolver());

	private MultipartBodyContract() {
	}

	/**
	 * Validate the parts of a recorded request.
	 * @param recorded the request, which must be multipart
	 * @param operation the operation of the spec
	 * @return the violations
	 */
	static ValidationReport validate(LoggedRequest recorded, SpecOperation operation) {
		List<Part> parts = new ArrayList<>();
		for (Request.Part part : recorded.getParts()) {
			String disposition = part.getHeader("Content-Disposition").firstValue();
			parts.add(new Part(part.getName(), new String(part.getBody().asBytes(), StandardCharsets.UTF_8),
					disposition.contains("filename=")));
		}
		return validate(parts, operation);
	}

	/**
	 * Validate parts.
	 * @param parts the parts, in order
	 * @param operation the operation of the spec
	 * @return the violations
	 */
	static ValidationReport validate(List<Part> parts, SpecOperation operation) {
		Schema<?> schema = formSchema(operation);
		Map<String, Schema> properties = resolve(schema).getProperties();
		ObjectNode form = JsonNodeFactory.instance.objectNode();
		for (Part part : parts) {
			Schema<?> property = (properties != null) ? properties.get(part.name()) : null;
			form.set(part.name(), (part.binary() || property == null) ? form.textNode(part.value())
					: decode(part.value(), resolve(property)));
		}
		return VALIDATOR.validate(() -> form, schema, "request.body");
	}

	private static Schema<?> formSchema(SpecOperation operation) {
		MediaType form = SPEC.getPaths()
			.get(operation.path())
			.readOperationsMap()
			.get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(operation.method()))
			.getRequestBody()
			.getContent()
			.get("multipart/form-data");
		if (form == null) {
			throw new IllegalStateException(operation + " has no multipart/form-data body in the spec");
		}
		return form.getSchema();
	}

	private static JsonNode decode(String value, Schema<?> property) {
		String type = property.getType();
		try {
			if ("boolean".equals(type)) {
				return value.equals("true") ? JSON.getNodeFactory().booleanNode(true)
						: value.equals("false") ? JSON.getNodeFactory().booleanNode(false)
								: JSON.getNodeFactory().textNode(value);
			}
			if ("integer".equals(type) && value.matches("-?\\d+")) {
				return JSON.getNodeFactory().numberNode(Long.parseLong(value));
			}
			if ("object".equals(type) || ("array".equals(type) && value.startsWith("["))) {
				return JSON.readTree(value);
			}
			if ("array".equals(type)) {
				ArrayNode items = JSON.createArrayNode();
				for (String item : value.split(",", -1)) {
					items.add(item);
				}
				return items;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Part is not the JSON its schema needs: " + value, ex);
		}
		return JSON.getNodeFactory().textNode(value);
	}

	/**
	 * The spec's discriminators ({@code extensions} by {@code name}, post-transformations and AI tasks by
	 * {@code type}) give no mapping, so by OpenAPI's rule their values would have to be schema names such as
	 * {@code RemovedotBGExtension}; the validator takes them so and rejects every real value. What ImageKit means
	 * is the {@code name}/{@code type} enum of each alternative, which the {@code anyOf}/{@code oneOf} checks on
	 * its own once the discriminator is dropped.
	 */
	private static OpenAPI withoutUnmappedDiscriminators(OpenAPI spec) {
		Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		spec.getComponents().getSchemas().values().forEach((schema) -> dropUnmappedDiscriminators(schema, seen));
		return spec;
	}

	@SuppressWarnings("unchecked")
	private static void dropUnmappedDiscriminators(@Nullable Schema<?> schema, Set<Schema<?>> seen) {
		if (schema == null || !seen.add(schema)) {
			return;
		}
		if (schema.getDiscriminator() != null && schema.getDiscriminator().getMapping() == null) {
			schema.setDiscriminator(null);
		}
		List<Schema<?>> children = new ArrayList<>();
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach((child) -> children.add(child));
		}
		for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
			if (composed != null) {
				composed.forEach((child) -> children.add(child));
			}
		}
		children.add(schema.getItems());
		if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
			children.add(additional);
		}
		children.forEach((child) -> dropUnmappedDiscriminators(child, seen));
	}

	private static Schema<?> resolve(Schema<?> schema) {
		Schema<?> resolved = schema;
		while (resolved.get$ref() != null) {
			String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
			resolved = SPEC.getComponents().getSchemas().get(name);
		}
		return resolved;
	}

	/**
	 * One part of a form.
	 *
	 * @param name the part name
	 * @param value its content as UTF-8 text
	 * @param binary whether it is a file (it has a file name)
	 */
	record Part(String name, String value, boolean binary) {

		static Part text(String name, String value) {
			return new Part(name, value, false);
		}

	}

}
