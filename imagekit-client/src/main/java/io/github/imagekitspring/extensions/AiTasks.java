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
		if (tasks.isEmpty() || tasks.size() > 10) {
			throw new IllegalArgumentException("tasks must hold 1 to 10 tasks, not " + tasks.size());
		}
		tasks = List.copyOf(tasks);
	}

	@Override
	public String name() {
		return NAME;
	}

}
