package io.github.imagekitspring.emulator.internal;

import java.time.Instant;

/** A folder, keyed by its path without a trailing slash ({@code /a/b}). */
record Folder(String folderId, String path, Instant createdAt, Instant updatedAt) implements SearchTarget {

	Folder(String path, Instant createdAt) {
		this(Ids.newId(), path, createdAt, createdAt);
	}

	@Override
	public String type() {
		return "folder";
	}

	@Override
	public String name() {
		return this.path.substring(this.path.lastIndexOf('/') + 1);
	}

}
