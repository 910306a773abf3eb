package io.github.imagekitspring.emulator.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Uploads: a new file, a new version of the file at the same path, or a file under a unique name. */
record FileUploads(MediaLibrary library, FolderJobs jobs, CustomFields customFields, FileViews views) {

	/** One authenticated upload; {@code tags}, {@code customMetadata} and {@code extensions} may be {@code null}. */
	record Upload(String fileName, String folder, Blobs.Stored content, boolean useUniqueFileName, List<String> tags,
			Map<String, Object> customMetadata, List<String> extensions, boolean isPrivateFile, boolean isPublished,
			String customCoordinates, String description, Overwrite overwrite, Set<String> responseFields) {
	}

	/** What an upload to an existing path replaces. */
	record Overwrite(boolean file, boolean tags, boolean aiTags, boolean customMetadata) {
	}

	Map<String, Object> upload(Upload upload) {
		String folder = MediaPaths.sanitizeFolder(upload.folder());
		this.jobs.checkFileUnlocked(MediaPaths.folderKey(folder));
		String name = MediaPaths.sanitizeFileName(upload.fileName());
		if (upload.customMetadata() != null) {
			// The upload 400 in the spec has only message and help, so no errors object here.
			this.customFields.validate(upload.customMetadata(), false);
		}
		Instant now = this.library.clock().instant();
		Version v = new Version();
		v.versionId = Ids.newId();
		v.folder = folder;
		v.size = upload.content().size();
		v.info = MediaInfo.of(this.library.blobs().imageInput(upload.content().id()), name);
		v.isPrivate = upload.isPrivateFile();
		v.isPublished = upload.isPublished();
		v.customCoordinates = upload.customCoordinates();
		v.description = upload.description();
		v.createdAt = now;
		v.updatedAt = now;
		Asset existing = upload.useUniqueFileName() ? null : this.library.findByPath(folder + name);
		v.name = upload.useUniqueFileName() ? unusedUniqueName(folder, name) : name;
		Asset asset = (existing != null) ? newVersion(existing, v, upload) : newFile(v, upload);
		v.blobId = upload.content().id();
		this.library.ensureFolder(folder);
		asset.addCurrent(v);
		this.library.add(asset);
		return this.views.uploaded(asset, v, upload.responseFields(), upload.extensions());
	}

	private String unusedUniqueName(String folder, String name) {
		String unique;
		do {
			unique = MediaPaths.uniqueName(name);
		}
		while (this.library.findByPath(folder + unique) != null);
		return unique;
	}

	private static Asset newVersion(Asset existing, Version v, Upload upload) {
		Overwrite overwrite = upload.overwrite();
		if (!overwrite.file()) {
			throw ApiException.invalid("A file with the same name already exists at the exact location. We could not overwrite it because both overwriteFile and useUniqueFileName are set to false.");
		}
		Version old = existing.current();
		v.tags = (upload.tags() != null) ? upload.tags() : overwrite.tags() ? null : old.tags;
		v.aiTags = overwrite.aiTags() ? null : old.aiTags;
		if (upload.customMetadata() != null) {
			v.customMetadata = new LinkedHashMap<>(upload.customMetadata());
		}
		else if (!overwrite.customMetadata()) {
			v.customMetadata = new LinkedHashMap<>(old.customMetadata);
		}
		v.createdAt = old.createdAt;
		return existing;
	}

	private Asset newFile(Version v, Upload upload) {
		v.tags = upload.tags();
		Map<String, Object> given = (upload.customMetadata() != null) ? upload.customMetadata() : Map.of();
		v.customMetadata = new LinkedHashMap<>(this.customFields.withDefaults(given));
		return new Asset(Ids.newId());
	}

}
