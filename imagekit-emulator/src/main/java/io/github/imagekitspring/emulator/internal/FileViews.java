package io.github.imagekitspring.emulator.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** How files, versions, folders and metadata look in ImageKit's JSON answers. */
final class FileViews {

	private static final Set<String> EXTENSIONS = Set.of("remove-bg", "google-auto-tagging", "aws-auto-tagging",
			"ai-auto-description", "ai-tasks");

	private final Supplier<String> urlEndpoint;

	FileViews(Supplier<String> urlEndpoint) {
		this.urlEndpoint = urlEndpoint;
	}

	String urlEndpoint() {
		return this.urlEndpoint.get();
	}

	Map<String, Object> file(Asset asset, Version v) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("fileId", asset.fileId);
		out.put("type", v.type());
		out.put("name", v.name);
		out.put("filePath", v.filePath());
		out.put("tags", v.tags);
		out.put("AITags", v.aiTags);
		out.put("versionInfo", versionInfo(asset, v));
		out.put("isPrivateFile", v.isPrivate);
		out.put("isPublished", v.isPublished);
		out.put("customCoordinates", v.customCoordinates);
		out.put("url", url(v));
		out.put("thumbnail", thumbnail(v));
		out.put("fileType", fileType(v));
		out.put("mime", v.info.mime());
		if (v.info.width() != null) {
			out.put("width", v.info.width());
			out.put("height", v.info.height());
		}
		out.put("size", v.size);
		out.put("hasAlpha", v.info.hasAlpha());
		out.put("customMetadata", v.customMetadata);
		out.put("embeddedMetadata", Map.of());
		if (v.description != null) {
			out.put("description", v.description);
		}
		out.put("createdAt", Ids.iso(v.createdAt));
		out.put("updatedAt", Ids.iso(v.updatedAt));
		return out;
	}

	/** The upload answer: a fixed part, plus the optional fields named in {@code responseFields}. */
	Map<String, Object> uploaded(Asset asset, Version v, Set<String> responseFields, List<String> extensions) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("fileId", asset.fileId);
		out.put("name", v.name);
		out.put("filePath", v.filePath());
		out.put("url", url(v));
		out.put("thumbnailUrl", thumbnail(v));
		if (v.info.width() != null) {
			out.put("height", v.info.height());
			out.put("width", v.info.width());
		}
		out.put("size", v.size);
		out.put("fileType", fileType(v));
		out.put("versionInfo", versionInfo(asset, v));
		out.put("AITags", v.aiTags);
		if (v.description != null) {
			out.put("description", v.description);
		}
		Map<String, Object> optional = new LinkedHashMap<>();
		optional.put("tags", v.tags);
		optional.put("customCoordinates", v.customCoordinates);
		optional.put("isPrivateFile", v.isPrivate);
		optional.put("isPublished", v.isPublished);
		optional.put("customMetadata", v.customMetadata);
		optional.put("embeddedMetadata", Map.of());
		optional.put("metadata", metadata(v));
		optional.forEach((name, value) -> {
			if (responseFields.contains(name)) {
				out.put(name, value);
			}
		});
		withExtensionStatus(out, extensions);
		return out;
	}

	/**
	 * Adds {@code extensionStatus} when extensions were asked for. Extensions are not run: each known one
	 * reports {@code failed} so callers never assume results.
	 */
	static Map<String, Object> withExtensionStatus(Map<String, Object> out, List<String> extensions) {
		if (extensions == null || extensions.isEmpty()) {
			return out;
		}
		Map<String, Object> status = new LinkedHashMap<>();
		extensions.stream().filter(EXTENSIONS::contains).forEach((name) -> status.put(name, "failed"));
		out.put("extensionStatus", status);
		return out;
	}

	static Map<String, Object> folder(Folder f) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("type", "folder");
		out.put("folderId", f.folderId());
		out.put("name", f.name());
		out.put("folderPath", f.path());
		out.put("customMetadata", Map.of());
		out.put("createdAt", Ids.iso(f.createdAt()));
		out.put("updatedAt", Ids.iso(f.updatedAt()));
		return out;
	}

	static Map<String, Object> metadata(Version v) {
		Map<String, Object> out = new LinkedHashMap<>();
		if (v.info.width() != null) {
			out.put("height", v.info.height());
			out.put("width", v.info.width());
		}
		out.put("size", v.size);
		out.put("format", v.info.format());
		out.put("hasColorProfile", false);
		out.put("hasTransparency", v.info.hasAlpha());
		return out;
	}

	private static Map<String, Object> versionInfo(Asset asset, Version v) {
		return Map.of("id", v.versionId, "name", "Version " + (asset.versions.indexOf(v) + 1));
	}

	private static String fileType(Version v) {
		return v.info.image() ? "image" : "non-image";
	}

	private String url(Version v) {
		return this.urlEndpoint.get() + v.filePath();
	}

	private String thumbnail(Version v) {
		return v.info.image() ? this.urlEndpoint.get() + "/tr:n-ik_ml_thumbnail" + v.filePath() : "";
	}

}
