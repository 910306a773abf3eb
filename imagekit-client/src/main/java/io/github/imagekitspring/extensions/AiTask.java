package io.github.imagekitspring.extensions;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * One task of an {@link AiTasks} extension, discriminated by {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = AiTask.SelectTags.class, name = "select_tags"),
		@JsonSubTypes.Type(value = AiTask.SelectMetadata.class, name = "select_metadata"),
		@JsonSubTypes.Type(value = AiTask.YesNo.class, name = "yes_no") })
public sealed interface AiTask permits AiTask.SelectTags, AiTask.SelectMetadata, AiTask.YesNo {

	/**
	 * The question or instruction for the AI, 1 to 2000 characters.
	 */
	String instruction();

	/**
	 * {@code select_tags}: adds matching tags from a vocabulary.
	 *
	 * @param instruction the instruction
	 * @param vocabulary possible tags
	 * @param minSelections minimum number of tags to select
	 * @param maxSelections maximum number of tags to select
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonIgnoreProperties(ignoreUnknown = true)
	record SelectTags(String instruction, @Nullable List<String> vocabulary,
			@JsonProperty("min_selections") @Nullable Integer minSelections,
			@JsonProperty("max_selections") @Nullable Integer maxSelections) implements AiTask {

		public SelectTags {
			vocabulary = (vocabulary != null) ? List.copyOf(vocabulary) : null;
		}

	}

	/**
	 * {@code select_metadata}: sets a custom metadata field from a vocabulary.
	 *
	 * @param instruction the instruction
	 * @param field the custom metadata field's name
	 * @param vocabulary possible values (strings, numbers or booleans)
	 * @param minSelections minimum number of values to select
	 * @param maxSelections maximum number of values to select
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonIgnoreProperties(ignoreUnknown = true)
	record SelectMetadata(String instruction, String field, @Nullable List<Object> vocabulary,
			@JsonProperty("min_selections") @Nullable Integer minSelections,
			@JsonProperty("max_selections") @Nullable Integer maxSelections) implements AiTask {

		public SelectMetadata {
			vocabulary = (vocabulary != null) ? List.copyOf(vocabulary) : null;
		}

	}

	/**
	 * {@code yes_no}: asks a yes/no question and runs actions on the answer.
	 *
	 * @param instruction the question
	 * @param onYes actions when the answer is yes
	 * @param onNo actions when the answer is no
	 * @param onUnknown actions when the AI cannot tell
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonIgnoreProperties(ignoreUnknown = true)
	record YesNo(String instruction, @JsonProperty("on_yes") @Nullable AiTaskAction onYes,
			@JsonProperty("on_no") @Nullable AiTaskAction onNo,
			@JsonProperty("on_unknown") @Nullable AiTaskAction onUnknown) implements AiTask {

	}

}
