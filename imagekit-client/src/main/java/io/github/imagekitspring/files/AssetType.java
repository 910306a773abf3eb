package io.github.imagekitspring.files;

/**
 * Which entries the list API returns.
 */
public enum AssetType {

	/** Files only (ImageKit's default). */
	FILE("file"),

	/** File versions only. */
	FILE_VERSION("file-version"),

	/** Folders only. */
	FOLDER("folder"),

	/** Files and folders, without versions. */
	ALL("all");

	private final String value;

	AssetType(String value) {
		this.value = value;
	}

	/** The value on the wire. */
	public String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
