package io.github.imagekitspring.emulator.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One version of a file; the asset's current version is what "the file" shows. */
final class Version implements SearchTarget {

	String versionId;

	String name;

	String folder;

	String blobId;

	long size;

	MediaInfo info;

	List<String> tags;

	List<Map<String, Object>> aiTags;

	Map<String, Object> customMetadata = new LinkedHashMap<>();

	boolean isPrivate;

	boolean isPublished = true;

	String customCoordinates;

	String description;

	Instant createdAt;

	Instant updatedAt;

	boolean current;

	String filePath() {
		return this.folder + this.name;
	}

	Version copy() {
		Version v = new Version();
		v.versionId = Ids.newId();
		v.name = this.name;
		v.folder = this.folder;
		v.blobId = this.blobId;
		v.size = this.size;
		v.info = this.info;
		v.tags = (this.tags == null) ? null : new ArrayList<>(this.tags);
		v.aiTags = (this.aiTags == null) ? null : new ArrayList<>(this.aiTags);
		v.customMetadata = new LinkedHashMap<>(this.customMetadata);
		v.isPrivate = this.isPrivate;
		v.isPublished = this.isPublished;
		v.customCoordinates = this.customCoordinates;
		v.description = this.description;
		v.createdAt = this.createdAt;
		v.updatedAt = this.updatedAt;
		return v;
	}

	@Override
	public String type() {
		return this.current ? "file" : "file-version";
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Instant createdAt() {
		return this.createdAt;
	}

	@Override
	public Instant updatedAt() {
		return this.updatedAt;
	}

	@Override
	public Long size() {
		return this.size;
	}

	@Override
	public Integer width() {
		return this.info.width();
	}

	@Override
	public Integer height() {
		return this.info.height();
	}

	@Override
	public String format() {
		return this.info.format();
	}

	@Override
	public Boolean isPrivate() {
		return this.isPrivate;
	}

	@Override
	public Boolean isPublished() {
		return this.isPublished;
	}

	@Override
	public List<String> allTags() {
		List<String> all = new ArrayList<>((this.tags == null) ? List.of() : this.tags);
		if (this.aiTags != null) {
			this.aiTags.forEach((t) -> all.add(String.valueOf(t.get("name"))));
		}
		return all;
	}

	@Override
	public Map<String, Object> customMetadata() {
		return this.customMetadata;
	}

}
