package io.github.imagekitspring.emulator.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Handlers of the file operations: one file, its versions and metadata, and bulk edits. */
final class FileRoutes {

	private FileRoutes() {
	}

	static Reply get(ApiCall call) {
		return Reply.ok(call.state().files().details(call.variable("fileId")));
	}

	static Reply update(ApiCall call) {
		JsonFields body = call.fields();
		Map<String, Object> updated = call.state().files().update(call.variable("fileId"), update(body));
		updated(call, List.of(call.variable("fileId")));
		return Reply.ok(updated);
	}

	private static Files.Update update(JsonFields body) {
		JsonNode publish = body.get("publish");
		if (publish != null) {
			if (body.size() > 1) {
				throw ApiException.invalid("publish cannot be combined with other update fields.");
			}
			if (!publish.isObject() || !publish.path("isPublished").isBoolean()) {
				throw ApiException.invalid("publish.isPublished is required and must be a boolean.");
			}
			boolean all = JsonFields.of(publish).optionalBoolean("includeFileVersions", false);
			return new Files.Update(new Files.Publish(publish.get("isPublished").asBoolean(), all), null, null, null, null, null, null);
		}
		Map<String, Object> metadata = body.optionalObject("customMetadata", "customMetadata must be an object.");
		FieldChange<List<String>> tags = !body.has("tags") ? null
				: new FieldChange<>(body.hasValue("tags") ? body.requiredStrings("tags", 500) : null);
		JsonNode remove = body.get("removeAITags");
		if (remove != null && !(remove.isArray() || (remove.isString() && remove.asString().equals("all")))) {
			throw ApiException.invalid("removeAITags must be an array of tag names or \"all\".");
		}
		Files.AiTagRemoval removal = null;
		if (remove != null) {
			Set<String> names = new HashSet<>();
			remove.forEach((n) -> names.add(n.asString()));
			removal = new Files.AiTagRemoval(remove.isString(), names);
		}
		JsonNode extensions = body.get("extensions");
		if (extensions != null && !extensions.isNull() && !extensions.isArray()) {
			throw ApiException.invalid("extensions must be an array.");
		}
		FieldChange<String> coordinates = body.has("customCoordinates") ? new FieldChange<>(body.optionalString("customCoordinates")) : null;
		FieldChange<String> description = body.has("description") ? new FieldChange<>(body.optionalString("description")) : null;
		return new Files.Update(null, metadata, tags, removal, extensionNames(extensions), coordinates, description);
	}

	/** The names of the requested extensions ({@code ""} for one without a name), or {@code null} for none. */
	static List<String> extensionNames(JsonNode extensions) {
		if (extensions == null || !extensions.isArray()) {
			return null;
		}
		return extensions.valueStream().map((e) -> e.path("name").asString("")).toList();
	}

	static Reply delete(ApiCall call) {
		call.state().files().delete(call.variable("fileId"));
		deleted(call, List.of(call.variable("fileId")));
		return Reply.noContent();
	}

	static Reply copy(ApiCall call) {
		JsonFields body = call.fields();
		call.state().files().copy(body.requiredString("sourceFilePath"), body.requiredString("destinationPath"),
				body.optionalBoolean("includeFileVersions", false));
		return Reply.noContent();
	}

	static Reply move(ApiCall call) {
		JsonFields body = call.fields();
		call.state().files().move(body.requiredString("sourceFilePath"), body.requiredString("destinationPath"));
		return Reply.noContent();
	}

	static Reply rename(ApiCall call) {
		JsonFields body = call.fields();
		return Reply.ok(call.state().files().rename(body.requiredString("filePath"), body.requiredString("newFileName"),
				body.optionalBoolean("purgeCache", false)));
	}

	static Reply metadata(ApiCall call) {
		return Reply.ok(call.state().files().metadata(call.variable("fileId")));
	}

	static Reply metadataFromUrl(ApiCall call) {
		String url = call.query("url");
		if (url == null || url.isBlank()) {
			throw ApiException.invalid("Missing url parameter.");
		}
		return Reply.ok(call.state().files().metadataFromUrl(url));
	}

	static Reply listVersions(ApiCall call) {
		return Reply.ok(call.state().versions().list(call.variable("fileId")));
	}

	static Reply getVersion(ApiCall call) {
		return Reply.ok(call.state().versions().get(call.variable("fileId"), call.variable("versionId")));
	}

	static Reply deleteVersion(ApiCall call) {
		call.state().versions().delete(call.variable("fileId"), call.variable("versionId"));
		call.emit("file-version.deleted", Map.of("fileId", call.variable("fileId"), "versionId", call.variable("versionId")));
		return Reply.noContent();
	}

	static Reply restoreVersion(ApiCall call) {
		Map<String, Object> restored = call.state().versions().restore(call.variable("fileId"), call.variable("versionId"));
		updated(call, List.of(call.variable("fileId")));
		return Reply.ok(restored);
	}

	static Reply bulkDelete(ApiCall call) {
		List<String> ids = call.fields().requiredStrings("fileIds", 100);
		BulkFileEdits.Outcome outcome = call.state().bulkEdits().delete(ids);
		deleted(call, outcome.done());
		return bulk(outcome, "successfullyDeletedFileIds");
	}

	static Reply addTags(ApiCall call) {
		JsonFields body = call.fields();
		List<String> ids = body.requiredStrings("fileIds", 50);
		return bulk(updated(call, call.state().bulkEdits().addTags(ids, body.requiredStrings("tags", 500))), "successfullyUpdatedFileIds");
	}

	static Reply removeTags(ApiCall call) {
		JsonFields body = call.fields();
		List<String> ids = body.requiredStrings("fileIds", 50);
		return bulk(updated(call, call.state().bulkEdits().removeTags(ids, body.requiredStrings("tags", 500))), "successfullyUpdatedFileIds");
	}

	static Reply removeAITags(ApiCall call) {
		JsonFields body = call.fields();
		List<String> ids = body.requiredStrings("fileIds", 50);
		return bulk(updated(call, call.state().bulkEdits().removeAITags(ids, body.requiredStrings("AITags", 500))), "successfullyUpdatedFileIds");
	}

	private static BulkFileEdits.Outcome updated(ApiCall call, BulkFileEdits.Outcome outcome) {
		updated(call, outcome.done());
		return outcome;
	}

	/** Queues {@code file.updated} with each file's details as they are now. */
	private static void updated(ApiCall call, List<String> fileIds) {
		fileIds.forEach((id) -> call.emit("file.updated", call.state().files().details(id)));
	}

	private static void deleted(ApiCall call, List<String> fileIds) {
		fileIds.forEach((id) -> call.emit("file.deleted", Map.of("fileId", id)));
	}

	/** 200 when every file was done; 207 with {@code errors} when a folder job held some. */
	private static Reply bulk(BulkFileEdits.Outcome outcome, String successKey) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put(successKey, outcome.done());
		if (outcome.errors().isEmpty()) {
			return Reply.ok(out);
		}
		out.put("errors", outcome.errors());
		return new Reply(207, out);
	}

}
