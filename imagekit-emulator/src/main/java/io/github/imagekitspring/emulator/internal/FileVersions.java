package io.github.imagekitspring.emulator.internal;

import java.util.List;
import java.util.Map;

/** The versions of a file: list, read, delete an old one, restore one as current. */
record FileVersions(MediaLibrary library, FolderJobs jobs, FileViews views) {

	List<Map<String, Object>> list(String fileId) {
		Asset a = this.library.asset(fileId);
		return a.versions.stream().map((v) -> this.views.file(a, v)).toList();
	}

	Map<String, Object> get(String fileId, String versionId) {
		Asset a = this.library.asset(fileId);
		return this.views.file(a, version(a, versionId));
	}

	void delete(String fileId, String versionId) {
		Asset a = this.library.asset(fileId);
		Version v = version(a, versionId);
		if (v.current) {
			throw ApiException.invalid("You cannot delete the current version of a file.");
		}
		a.versions.remove(v);
	}

	Map<String, Object> restore(String fileId, String versionId) {
		Asset a = this.library.asset(fileId);
		Version v = version(a, versionId);
		this.jobs.checkFileUnlocked(v.filePath());
		a.versions.forEach((x) -> x.current = false);
		v.current = true;
		v.updatedAt = this.library.clock().instant();
		return this.views.file(a, v);
	}

	private static Version version(Asset a, String versionId) {
		return a.versions.stream().filter((v) -> v.versionId.equals(versionId)).findFirst()
			.orElseThrow(() -> ApiException.notFound("The requested file version does not exist."));
	}

}
