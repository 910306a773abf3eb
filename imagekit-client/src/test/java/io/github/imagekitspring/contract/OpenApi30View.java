package io.github.imagekitspring.contract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Rewrites ImageKit's OpenAPI 3.1 schemas into their 3.0 form for swagger-request-validator, which reads a 3.1
 * type list ({@code type: [string, null]}) as "no type" and ignores {@code const}: without this, every
 * {@code oneOf} matches all its branches and no type is checked. A single type plus {@code null} becomes
 * {@code type} with {@code nullable}; {@code const} becomes a one-value {@code enum}; a discriminator without
 * mapping, which 3.0 reads as schema names, is dropped in favour of plain {@code oneOf} matching.
 */
final class OpenApi30View {

	private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

	private OpenApi30View() {
	}

	static OpenAPI of(OpenAPI spec) {
		OpenApi30View view = new OpenApi30View();
		spec.setOpenapi("3.0.3");
		spec.setSpecVersion(SpecVersion.V30);
		if (spec.getComponents() != null) {
			if (spec.getComponents().getSchemas() != null) {
				spec.getComponents().getSchemas().values().forEach(view::rewrite);
			}
			if (spec.getComponents().getParameters() != null) {
				spec.getComponents().getParameters().values().forEach(view::rewrite);
			}
			if (spec.getComponents().getRequestBodies() != null) {
				spec.getComponents().getRequestBodies().values().forEach((body) -> view.rewrite(body.getContent()));
			}
			if (spec.getComponents().getResponses() != null) {
				spec.getComponents().getResponses().values().forEach((response) -> view.rewrite(response.getContent()));
			}
		}
		spec.getPaths().values().forEach((item) -> {
			if (item.getParameters() != null) {
				item.getParameters().forEach(view::rewrite);
			}
			item.readOperations().forEach((operation) -> {
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(view::rewrite);
				}
				if (operation.getRequestBody() != null) {
					view.rewrite(operation.getRequestBody().getContent());
				}
				if (operation.getResponses() != null) {
					operation.getResponses().values().forEach((response) -> view.rewrite(response.getContent()));
				}
			});
		});
		return spec;
	}

	private void rewrite(Parameter parameter) {
		rewrite(parameter.getSchema());
		rewrite(parameter.getContent());
	}

	private void rewrite(Content content) {
		if (content != null) {
			content.values().forEach((mediaType) -> rewrite(mediaType.getSchema()));
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void rewrite(Schema schema) {
		if (schema == null || !this.seen.add(schema)) {
			return;
		}
		schema.setSpecVersion(SpecVersion.V30);
		Set<String> types = schema.getTypes();
		if (types != null && !types.isEmpty()) {
			Set<String> nonNull = types.stream().filter((type) -> !type.equals("null")).collect(Collectors.toSet());
			if (nonNull.size() == 1) {
				schema.setType(nonNull.iterator().next());
			}
			if (types.contains("null")) {
				schema.setNullable(true);
			}
		}
		if (schema.getConst() != null && schema.getEnum() == null) {
			schema.setEnum(List.of(schema.getConst()));
		}
		if (schema.getDiscriminator() != null && schema.getDiscriminator().getMapping() == null) {
			// 3.0 reads a discriminator without mapping as component schema names, but ImageKit's point at inline
			// variants or use values such as "remove-bg". Plain oneOf, with each const as an enum, still matches
			// exactly one variant.
			schema.setDiscriminator(null);
		}
		if (schema.getProperties() != null) {
			((Map<String, Schema>) schema.getProperties()).values().forEach(this::rewrite);
		}
		rewrite(schema.getItems());
		rewrite(schema.getNot());
		if (schema.getAdditionalProperties() instanceof Schema additional) {
			rewrite(additional);
		}
		for (List<Schema> composed : new List[] { schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(),
				schema.getPrefixItems() }) {
			if (composed != null) {
				composed.forEach(this::rewrite);
			}
		}
	}

}
