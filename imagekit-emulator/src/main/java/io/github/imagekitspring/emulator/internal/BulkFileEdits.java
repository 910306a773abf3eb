package io.github.imagekitspring.emulator.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Calls on many files at once: delete, add tags, remove tags, remove AI tags. All files must exist; a file
 * held by a folder job is skipped and reported.
 */
record BulkFileEdits(MediaLibrary library, FolderJobs jobs) {

	/** The files done, and per skipped file why. */
	record Outcome(List<String> done, List<Map<String, Object>> errors) {
	}

	Outcome delete(List<String> fileIds) {
		return apply(fileIds, true, (a) -> this.library.remove(a.fileId));
	}

	Outcome addTags(List<String> fileIds, List<String> tags) {
		Instant now = this.library.clock().instant();
		return apply(fileIds, true, (a) -> {
			Version v = a.current();
			List<String> merged = new ArrayList<>((v.tags == null) ? List.of() : v.tags);
			tags.stream().filter((t) -> !merged.contains(t)).forEach(merged::add);
			v.tags = merged;
			v.updatedAt = now;
		});
	}

	Outcome removeTags(List<String> fileIds, List<String> tags) {
		Instant now = this.library.clock().instant();
		return apply(fileIds, true, (a) -> {
			Version v = a.current();
			if (v.tags != null) {
				List<String> left = new ArrayList<>(v.tags);
				left.removeAll(tags);
				v.tags = left.isEmpty() ? null : left;
			}
			v.updatedAt = now;
		});
	}

	Outcome removeAITags(List<String> fileIds, List<String> names) {
		Instant now = this.library.clock().instant();
		// The spec declares no missingFileIds on this operation's 404.
		return apply(fileIds, false, (a) -> {
			Version v = a.current();
			if (v.aiTags != null) {
				v.aiTags.removeIf((t) -> names.contains(String.valueOf(t.get("name"))));
				v.aiTags = v.aiTags.isEmpty() ? null : v.aiTags;
			}
			v.updatedAt = now;
		});
	}

	private Outcome apply(List<String> fileIds, boolean listMissing, Consumer<Asset> action) {
		List<String> missing = fileIds.stream().filter((id) -> !this.library.hasFile(id)).distinct().toList();
		if (!missing.isEmpty()) {
			ApiException notFound = ApiException.notFound("The requested file(s) does not exist.");
			throw listMissing ? notFound.with("missingFileIds", missing) : notFound;
		}
		List<String> done = new ArrayList<>();
		List<Map<String, Object>> errors = new ArrayList<>();
		for (String id : new LinkedHashSet<>(fileIds)) {
			Asset a = this.library.asset(id);
			try {
				this.jobs.checkFileUnlocked(a.current().filePath());
				action.accept(a);
				done.add(id);
			}
			catch (ApiException ex) {
				errors.add(Map.of("fileId", id, "error", ex.getMessage()));
			}
		}
		return new Outcome(done, errors);
	}

}
