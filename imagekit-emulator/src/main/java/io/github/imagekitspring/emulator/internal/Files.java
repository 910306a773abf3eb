package io.github.imagekitspring.emulator.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One file at a time: details, update, delete, copy, move, rename and metadata. */
record Files(MediaLibrary library, FolderJobs jobs, CustomFields customFields, Purges purges, FileViews views) {

	/** Publishes or unpublishes the file, and with {@code includeFileVersions} its older versions. */
	record Publish(boolean isPublished, boolean includeFileVersions) {
	}

	/** Which AI tags to remove: all of them, or those named. */
	record AiTagRemoval(boolean all, Set<String> names) {
	}

	/**
	 * An update of a file's details: either {@code publish} alone, or any of the other fields ({@code null}
	 * leaves a field alone; {@code customMetadata} values of {@code null} remove a key).
	 */
	record Update(Publish publish, Map<String, Object> customMetadata, FieldChange<List<String>> tags,
			AiTagRemoval removeAITags, List<String> extensions, FieldChange<String> customCoordinates,
			FieldChange<String> description) {
	}

	Map<String, Object> details(String fileId) {
		Asset a = this.library.asset(fileId);
		return this.views.file(a, a.current());
	}

	Map<String, Object> update(String fileId, Update update) {
		Asset a = this.library.asset(fileId);
		Version v = a.current();
		Instant now = this.library.clock().instant();
		if (update.publish() != null) {
			for (Version x : a.versions) {
				if (x.current || update.publish().includeFileVersions()) {
					x.isPublished = update.publish().isPublished();
					x.updatedAt = now;
				}
			}
			return this.views.file(a, v);
		}
		if (update.customMetadata() != null) {
			this.customFields.validate(update.customMetadata(), true);
		}
		// AI tag removal runs before any extension, as at ImageKit.
		AiTagRemoval remove = update.removeAITags();
		if (remove != null && v.aiTags != null) {
			if (remove.all()) {
				v.aiTags = null;
			}
			else {
				v.aiTags.removeIf((t) -> remove.names().contains(String.valueOf(t.get("name"))));
			}
		}
		if (update.tags() != null) {
			v.tags = update.tags().value();
		}
		if (update.customMetadata() != null) {
			update.customMetadata().forEach((k, val) -> {
				if (val == null) {
					v.customMetadata.remove(k);
				}
				else {
					v.customMetadata.put(k, val);
				}
			});
		}
		if (update.customCoordinates() != null) {
			v.customCoordinates = update.customCoordinates().value();
		}
		if (update.description() != null) {
			v.description = update.description().value();
		}
		v.updatedAt = now;
		return FileViews.withExtensionStatus(this.views.file(a, v), update.extensions());
	}

	void delete(String fileId) {
		Asset a = this.library.asset(fileId);
		this.jobs.checkFileUnlocked(a.current().filePath());
		this.library.remove(fileId);
	}

	void copy(String sourceFilePath, String destinationPath, boolean includeFileVersions) {
		Asset source = sourceFile(sourceFilePath);
		String dest = MediaPaths.folderPrefix(destinationPath);
		this.jobs.checkFileUnlocked(source.current().filePath());
		this.jobs.checkFileUnlocked(MediaPaths.folderKey(dest));
		List<Version> copies = (includeFileVersions ? source.versions : List.of(source.current())).stream().map(Version::copy).toList();
		this.library.placeVersions(copies, dest, source.current().name);
	}

	void move(String sourceFilePath, String destinationPath) {
		Asset source = sourceFile(sourceFilePath);
		String dest = MediaPaths.folderPrefix(destinationPath);
		this.jobs.checkFileUnlocked(source.current().filePath());
		this.jobs.checkFileUnlocked(MediaPaths.folderKey(dest));
		if (dest.equals(source.current().folder)) {
			return;
		}
		this.library.remove(source.fileId);
		this.library.placeVersions(MediaLibrary.moveOrder(source), dest, source.current().name, source.fileId);
	}

	/** Renames every version of the file; the answer holds {@code purgeRequestId} when a purge was asked for. */
	Map<String, Object> rename(String filePath, String newFileName, boolean purgeCache) {
		String newName = MediaPaths.sanitizeFileName(newFileName);
		Asset a = this.library.findByPath(filePath);
		if (a == null) {
			throw ApiException.notFound("No file found in media library at filePath " + filePath).with("reason", "FILE_MISSING");
		}
		Version current = a.current();
		this.jobs.checkFileUnlocked(current.filePath());
		if (this.library.findByPath(current.folder + newName) != null) {
			throw new ApiException(ApiException.Kind.CONFLICT, "File with name " + newName + " already exists at the same location.").with("reason", "FILE_ALREADY_EXISTS");
		}
		Instant now = this.library.clock().instant();
		for (Version v : a.versions) {
			v.name = newName;
			v.updatedAt = now;
		}
		Map<String, Object> out = new LinkedHashMap<>();
		if (purgeCache) {
			out.put("purgeRequestId", this.purges.start());
		}
		return out;
	}

	Map<String, Object> metadata(String fileId) {
		return FileViews.metadata(this.library.asset(fileId).current());
	}

	/** Metadata of the file a delivery URL of this account points at. */
	Map<String, Object> metadataFromUrl(String url) {
		String endpoint = this.views.urlEndpoint();
		if (!url.startsWith(endpoint + "/")) {
			throw ApiException.invalid("The url is not served by this account's URL endpoint " + endpoint + ".");
		}
		Asset a = this.library.findByPath(MediaPaths.filePathOfDeliveryPath(url.substring(endpoint.length())));
		if (a == null) {
			throw ApiException.notFound("No file found at " + url + ".");
		}
		return FileViews.metadata(a.current());
	}

	private Asset sourceFile(String sourceFilePath) {
		Asset a = this.library.findByPath(sourceFilePath);
		if (a == null) {
			throw ApiException.notFound("No file found with filePath " + sourceFilePath + ".").with("reason", "SOURCE_FILE_MISSING");
		}
		return a;
	}

}
