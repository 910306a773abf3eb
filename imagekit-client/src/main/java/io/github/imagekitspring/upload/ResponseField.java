package io.github.imagekitspring.upload;

/**
 * Optional fields of the upload response, requested through {@code responseFields}.
 */
public enum ResponseField {

	TAGS("tags"), CUSTOM_COORDINATES("customCoordinates"), IS_PRIVATE_FILE("isPrivateFile"),
	EMBEDDED_METADATA("embeddedMetadata"), IS_PUBLISHED("isPublished"), CUSTOM_METADATA("customMetadata"),
	METADATA("metadata"), SELECTED_FIELDS_SCHEMA("selectedFieldsSchema");

	private final String wireName;

	ResponseField(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * The name as sent, such as {@code customCoordinates}.
	 */
	public String wireName() {
		return this.wireName;
	}

}
