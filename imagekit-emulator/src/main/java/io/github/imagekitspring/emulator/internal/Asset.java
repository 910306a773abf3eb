package io.github.imagekitspring.emulator.internal;

import java.util.ArrayList;
import java.util.List;

/** A file: its id and its versions, oldest first. */
final class Asset {

	final String fileId;

	final List<Version> versions = new ArrayList<>();

	Asset(String fileId) {
		this.fileId = fileId;
	}

	Version current() {
		return this.versions.stream().filter((v) -> v.current).findFirst().orElseThrow();
	}

	void addCurrent(Version version) {
		this.versions.forEach((v) -> v.current = false);
		version.current = true;
		this.versions.add(version);
	}

}
