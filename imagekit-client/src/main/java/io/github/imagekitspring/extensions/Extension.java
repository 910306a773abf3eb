package io.github.imagekitspring.extensions;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An extension object, as sent in {@code extensions} of an upload or file update and as a saved extension's
 * {@code config}. Serialised with its {@code name} as the discriminator; reading an unknown name gives an
 * {@link UnknownExtension} that keeps the raw object.
 */
@JsonDeserialize(using = ExtensionDeserializer.class)
public sealed interface Extension
		permits RemoveBackground, AutoTagging, AiAutoDescription, AiTasks, SavedExtensionReference, UnknownExtension {

	/**
	 * The extension's wire name, such as {@code remove-bg}.
	 */
	@JsonProperty("name")
	String name();

	static RemoveBackground removeBackground() {
		return new RemoveBackground(null);
	}

	static RemoveBackground removeBackground(RemoveBackground.Options options) {
		return new RemoveBackground(options);
	}

	static AutoTagging googleAutoTagging(int maxTags, int minConfidence) {
		return new AutoTagging(AutoTagging.Provider.GOOGLE, minConfidence, maxTags);
	}

	static AutoTagging awsAutoTagging(int maxTags, int minConfidence) {
		return new AutoTagging(AutoTagging.Provider.AWS, minConfidence, maxTags);
	}

	static AiAutoDescription aiAutoDescription() {
		return new AiAutoDescription();
	}

	static AiTasks aiTasks(AiTask... tasks) {
		return new AiTasks(List.of(tasks));
	}

	static SavedExtensionReference savedExtension(String id) {
		return new SavedExtensionReference(id);
	}

}
