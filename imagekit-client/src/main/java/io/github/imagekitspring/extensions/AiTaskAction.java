package io.github.imagekitspring.extensions;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Actions of a {@code yes_no} task branch. The spec gives these shapes but no live answer has confirmed their
 * details yet.
 *
 * @param addTags tags to add
 * @param removeTags tags to remove
 * @param setMetadata custom metadata fields to set
 * @param unsetMetadata custom metadata fields to remove
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AiTaskAction(@JsonProperty("add_tags") @Nullable List<String> addTags,
		@JsonProperty("remove_tags") @Nullable List<String> removeTags,
		@JsonProperty("set_metadata") @Nullable List<SetMetadata> setMetadata,
		@JsonProperty("unset_metadata") @Nullable List<UnsetMetadata> unsetMetadata) {

	public static AiTaskAction addTags(String... tags) {
		return new AiTaskAction(List.of(tags), null, null, null);
	}

	/**
	 * Sets a custom metadata field.
	 *
	 * @param field the field's name
	 * @param value a string, number, boolean or a list of those
	 */
	public record SetMetadata(String field, Object value) {
	}

	/**
	 * Removes a custom metadata field.
	 *
	 * @param field the field's name
	 */
	public record UnsetMetadata(String field) {
	}

}
