package io.github.imagekitspring.files;

/**
 * Which kinds of files the list API returns.
 */
public enum FileTypeFilter {

	ALL("all"), IMAGE("image"), NON_IMAGE("non-image");

	private final String value;

	FileTypeFilter(String value) {
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
