package io.github.imagekitspring.extensions;

import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an {@link Extension} by its {@code name}; unknown names become an {@link UnknownExtension}.
 */
final class ExtensionDeserializer extends ValueDeserializer<Extension> {

	@Override
	public Extension deserialize(JsonParser parser, DeserializationContext context) {
		JsonNode node = context.readTree(parser);
		if (!node.isObject()) {
			return context.reportInputMismatch(Extension.class, "An extension must be a JSON object");
		}
		String name = node.path("name").asString("");
		return switch (name) {
			case RemoveBackground.NAME -> context.readTreeAsValue(withoutName(node), RemoveBackground.class);
			case AiAutoDescription.NAME -> new AiAutoDescription();
			case AiTasks.NAME -> context.readTreeAsValue(withoutName(node), AiTasks.class);
			case SavedExtensionReference.NAME ->
				context.readTreeAsValue(withoutName(node), SavedExtensionReference.class);
			default -> autoTaggingOrUnknown(name, node, context);
		};
	}

	private static Extension autoTaggingOrUnknown(String name, JsonNode node, DeserializationContext context) {
		for (AutoTagging.Provider provider : AutoTagging.Provider.values()) {
			if (provider.wireName().equals(name)) {
				return new AutoTagging(provider, node.path("minConfidence").asInt(), node.path("maxTags").asInt());
			}
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> raw = context.readTreeAsValue(node, Map.class);
		return new UnknownExtension(raw);
	}

	private static JsonNode withoutName(JsonNode node) {
		ObjectNode copy = (ObjectNode) node.deepCopy();
		copy.remove("name");
		return copy;
	}

}
