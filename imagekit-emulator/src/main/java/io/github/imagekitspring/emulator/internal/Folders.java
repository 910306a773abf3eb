package io.github.imagekitspring.emulator.internal;

import java.util.List;

/** Creating and deleting folders, and starting the bulk jobs that copy, move and rename them. */
record Folders(MediaLibrary library, FolderJobs jobs, Purges purges) {

	void create(String folderName, String parentFolderPath) {
		String name = folderName.replaceAll("[^\\p{L}\\p{N}]", "_");
		String path = MediaPaths.folderPrefix(parentFolderPath) + name;
		this.jobs.checkFileUnlocked(MediaPaths.folderKey(path));
		this.library.ensureFolder(path);
	}

	void delete(String folderPath) {
		Folder f = existing(folderPath, "folderPath");
		this.jobs.checkTreeUnlocked(f.path());
		this.library.removeTree(f.path());
	}

	/** Starts copying the folder into {@code destinationPath}; returns the job id. */
	String copy(String sourceFolderPath, String destinationPath, boolean includeVersions) {
		Folder source = existing(sourceFolderPath, "sourceFolderPath");
		String target = checkedTarget(source, destinationPath);
		return this.jobs.start("COPY_FOLDER", List.of(source.path(), target),
				() -> this.library.transferTree(source.path(), target, false, includeVersions), null);
	}

	/** Starts moving the folder into {@code destinationPath}; returns the job id. */
	String move(String sourceFolderPath, String destinationPath) {
		Folder source = existing(sourceFolderPath, "sourceFolderPath");
		String target = checkedTarget(source, destinationPath);
		return this.jobs.start("MOVE_FOLDER", List.of(source.path(), target),
				() -> this.library.transferTree(source.path(), target, true, true), null);
	}

	/** Starts renaming the folder, optionally with a cache purge; returns the job id. */
	String rename(String folderPath, String newFolderName, boolean purgeCache) {
		String path = MediaPaths.folderKey(folderPath);
		if (path.equals("/")) {
			throw ApiException.invalid("folderPath cannot be root.");
		}
		Folder source = existing(path, "folderPath to rename");
		String newName = newFolderName.replaceAll("[^\\p{L}\\p{N}_-]", "_");
		String parent = source.path().substring(0, source.path().lastIndexOf('/'));
		String target = parent + "/" + newName;
		if (this.library.hasFolder(target)) {
			throw new ApiException(ApiException.Kind.CONFLICT, "Folder with name " + newName + " already exists at the same location.");
		}
		this.jobs.checkJobTarget(source.path(), target, false);
		String purgeRequestId = purgeCache ? this.purges.start() : null;
		return this.jobs.start("RENAME_FOLDER", List.of(source.path(), target),
				() -> this.library.transferTree(source.path(), target, true, true), purgeRequestId);
	}

	private String checkedTarget(Folder source, String destinationPath) {
		String dest = MediaPaths.folderKey(destinationPath);
		if (!dest.equals("/") && !this.library.hasFolder(dest)) {
			throw ApiException.notFound("No folder found at destinationPath " + dest + ".").with("reason", "FOLDER_NOT_FOUND");
		}
		this.jobs.checkJobTarget(source.path(), dest, true);
		return (dest.equals("/") ? "" : dest) + "/" + source.name();
	}

	private Folder existing(String path, String field) {
		String key = MediaPaths.folderKey(path);
		Folder f = this.library.folder(key);
		if (f == null) {
			// Rename-folder errors carry no reason in the spec; the other folder operations do.
			ApiException notFound = ApiException.notFound("No folder found at " + field + " " + key + ".");
			throw field.equals("folderPath to rename") ? notFound : notFound.with("reason", "FOLDER_NOT_FOUND");
		}
		return f;
	}

}
