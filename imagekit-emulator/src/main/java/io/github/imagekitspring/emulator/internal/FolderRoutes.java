package io.github.imagekitspring.emulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Handlers of the folder operations and their bulk jobs. */
final class FolderRoutes {

	private FolderRoutes() {
	}

	static Reply create(ApiCall call) {
		JsonFields body = call.fields();
		call.state().folders().create(body.requiredString("folderName"), body.requiredString("parentFolderPath"));
		return Reply.created(Map.of());
	}

	static Reply delete(ApiCall call) {
		call.state().folders().delete(call.fields().requiredString("folderPath"));
		return Reply.noContent();
	}

	static Reply copy(ApiCall call) {
		JsonFields body = call.fields();
		String jobId = call.state().folders().copy(body.requiredString("sourceFolderPath"), body.requiredString("destinationPath"),
				body.optionalBoolean("includeVersions", false));
		return Reply.ok(Map.of("jobId", jobId));
	}

	static Reply move(ApiCall call) {
		JsonFields body = call.fields();
		String jobId = call.state().folders().move(body.requiredString("sourceFolderPath"), body.requiredString("destinationPath"));
		return Reply.ok(Map.of("jobId", jobId));
	}

	static Reply rename(ApiCall call) {
		JsonFields body = call.fields();
		String jobId = call.state().folders().rename(body.requiredString("folderPath"), body.requiredString("newFolderName"),
				body.optionalBoolean("purgeCache", false));
		return new Reply(202, Map.of("jobId", jobId));
	}

	static Reply jobStatus(ApiCall call) {
		FolderJobs.Status job = call.state().jobs().status(call.variable("jobId"));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("jobId", job.jobId());
		out.put("type", job.type());
		out.put("status", job.completed() ? "Completed" : "Pending");
		if (job.purgeRequestId() != null) {
			out.put("purgeRequestId", job.purgeRequestId());
		}
		return Reply.ok(out);
	}

}
