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
		return requireValidRequest(new RemoveBackground(options));
	}

	static AutoTagging googleAutoTagging(int maxTags, int minConfidence) {
		return requireValidRequest(new AutoTagging(AutoTagging.Provider.GOOGLE, minConfidence, maxTags));
	}

	static AutoTagging awsAutoTagging(int maxTags, int minConfidence) {
		return requireValidRequest(new AutoTagging(AutoTagging.Provider.AWS, minConfidence, maxTags));
	}

	static AiAutoDescription aiAutoDescription() {
		return new AiAutoDescription();
	}

	static AiTasks aiTasks(AiTask... tasks) {
		return requireValidRequest(new AiTasks(List.of(tasks)));
	}

	/**
	 * Check the rules ImageKit sets for an extension in a request. Called by the factories here and wherever a
	 * request takes extensions; the records themselves accept whatever ImageKit answers.
	 * @param extension the extension
	 * @param <E> its type
	 * @return the extension
	 * @throws IllegalArgumentException naming what breaks a rule
	 */
	static <E extends Extension> E requireValidRequest(E extension) {
		if (extension instanceof RemoveBackground removeBackground) {
			removeBackground.checkRequest();
		}
		else if (extension instanceof AutoTagging autoTagging) {
			autoTagging.checkRequest();
		}
		else if (extension instanceof AiTasks aiTasks) {
			aiTasks.checkRequest();
		}
		else if (extension instanceof SavedExtensionReference reference) {
			reference.checkRequest();
		}
		return extension;
	}

	static SavedExtensionReference savedExtension(String id) {
		return requireValidRequest(new SavedExtensionReference(id));
	}

}
