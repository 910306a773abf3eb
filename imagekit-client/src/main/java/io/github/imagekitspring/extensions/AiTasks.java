package io.github.imagekitspring.extensions;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code ai-tasks}: 1 to 10 AI tasks run on the asset.
 *
 * @param tasks the tasks, in order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "name", "tasks" })
@JsonDeserialize(using = ValueDeserializer.None.class)
public record AiTasks(List<AiTask> tasks) implements Extension {

	public static final String NAME = "ai-tasks";

	public AiTasks {
		tasks = List.copyOf(tasks);
	}

	/** Request rules, checked where requests are built: an answer is read as ImageKit sent it. */
	void checkRequest() {
		if (this.tasks.isEmpty() || this.tasks.size() > 10) {
			throw new IllegalArgumentException("tasks must hold 1 to 10 tasks, not " + this.tasks.size());
		}
		for (AiTask task : this.tasks) {
			if (task.instruction().isBlank() || task.instruction().length() > 2000) {
				throw new IllegalArgumentException("instruction must hold 1 to 2000 characters");
			}
			if (task instanceof AiTask.SelectMetadata selectMetadata && selectMetadata.field().isBlank()) {
				throw new IllegalArgumentException("field must not be blank");
			}
		}
	}

	@Override
	public String name() {
		return NAME;
	}

}
