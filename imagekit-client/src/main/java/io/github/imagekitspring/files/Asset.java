package io.github.imagekitspring.files;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An entry of the media library as the list API returns it: a file or file version, a folder, or a type this
 * client does not know yet.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = UnknownAsset.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = FileDetails.class, names = { "file", "file-version" }),
		@JsonSubTypes.Type(value = FolderDetails.class, name = "folder") })
public sealed interface Asset permits FileDetails, FolderDetails, UnknownAsset {

	/** The {@code type} field: {@code file}, {@code file-version}, {@code folder}, or a newer value. */
	String type();

}
