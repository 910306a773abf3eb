package io.github.imagekitspring.emulator.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The files, their versions and the folders of the media library, and where file contents are kept. */
final class MediaLibrary {

	private final Map<String, Asset> assets = new LinkedHashMap<>();

	private final Map<String, Folder> folders = new TreeMap<>();

	private final Blobs blobs;

	private final Clock clock;

	/**
	 * @param storageDirectory where file contents go, or {@code null} to keep them in memory
	 */
	MediaLibrary(Clock clock, Path storageDirectory) {
		this.clock = clock;
		this.blobs = new Blobs(storageDirectory);
	}

	void clear() {
		this.assets.clear();
		this.folders.clear();
		this.blobs.clear();
	}

	Clock clock() {
		return this.clock;
	}

	Blobs blobs() {
		return this.blobs;
	}

	Collection<Asset> assets() {
		return this.assets.values();
	}

	Collection<Folder> folders() {
		return this.folders.values();
	}

	boolean hasFile(String fileId) {
		return this.assets.containsKey(fileId);
	}

	boolean hasFolder(String folderKey) {
		return this.folders.containsKey(folderKey);
	}

	Folder folder(String folderKey) {
		return this.folders.get(folderKey);
	}

	/** The file with this id. */
	Asset asset(String fileId) {
		Asset a = this.assets.get(fileId);
		if (a == null) {
			throw ApiException.notFound("The requested file does not exist.");
		}
		return a;
	}

	/** The file whose current version sits at {@code filePath}, or {@code null}. */
	Asset findByPath(String filePath) {
		return this.assets.values().stream().filter((a) -> a.current().filePath().equals(filePath)).findFirst().orElse(null);
	}

	void add(Asset asset) {
		this.assets.putIfAbsent(asset.fileId, asset);
	}

	void remove(String fileId) {
		this.assets.remove(fileId);
	}

	/** Creates the folder and its missing parents. */
	void ensureFolder(String folder) {
		String key = MediaPaths.folderKey(folder);
		Instant now = this.clock.instant();
		String path = "";
		for (String part : key.split("/")) {
			if (part.isEmpty()) {
				continue;
			}
			path = path + "/" + part;
			this.folders.computeIfAbsent(path, (p) -> new Folder(p, now));
		}
	}

	/** Removes a folder, its subfolders and every file in them. */
	void removeTree(String folderKey) {
		this.folders.keySet().removeIf((p) -> MediaPaths.under(p, folderKey));
		this.assets.values().removeIf((a) -> MediaPaths.under(a.current().filePath(), folderKey));
	}

	/** Versions oldest first, with the current one last so it stays current after placing. */
	static List<Version> moveOrder(Asset a) {
		List<Version> out = new ArrayList<>(a.versions);
		Version current = a.current();
		out.remove(current);
		out.add(current);
		return out;
	}

	/** Puts versions at {@code destFolder/name}: appended to an existing file there, else as a new file. */
	void placeVersions(List<Version> versions, String destFolder, String name) {
		placeVersions(versions, destFolder, name, Ids.newId());
	}

	/** As {@link #placeVersions(List, String, String)}, a new file getting {@code newFileId}. */
	void placeVersions(List<Version> versions, String destFolder, String name, String newFileId) {
		Instant now = this.clock.instant();
		ensureFolder(destFolder);
		Asset target = findByPath(destFolder + name);
		if (target == null) {
			target = new Asset(newFileId);
			this.assets.put(target.fileId, target);
		}
		for (Version v : versions) {
			v.folder = destFolder;
			v.name = name;
			v.updatedAt = now;
			target.addCurrent(v);
		}
	}

	/** Copies ({@code move == false}) or moves a folder tree to {@code target}; nothing if the source is gone. */
	void transferTree(String source, String target, boolean move, boolean withVersions) {
		if (!this.folders.containsKey(source)) {
			return;
		}
		List<String> subfolders = this.folders.keySet().stream().filter((p) -> MediaPaths.under(p, source)).toList();
		subfolders.forEach((p) -> ensureFolder(target + p.substring(source.length())));
		for (Asset a : List.copyOf(this.assets.values())) {
			Version current = a.current();
			if (MediaPaths.under(current.filePath(), source)) {
				String folder = target + current.folder.substring(source.length());
				if (move) {
					this.assets.remove(a.fileId);
					placeVersions(moveOrder(a), folder, current.name, a.fileId);
				}
				else {
					List<Version> copies = (withVersions ? moveOrder(a) : List.of(current)).stream().map(Version::copy).toList();
					placeVersions(copies, folder, current.name);
				}
			}
		}
		if (move) {
			this.folders.keySet().removeIf((p) -> MediaPaths.under(p, source));
		}
	}

	/** Bytes of every stored version. */
	long storageBytes() {
		return this.assets.values().stream().flatMap((a) -> a.versions.stream()).mapToLong((v) -> v.size).sum();
	}

}
