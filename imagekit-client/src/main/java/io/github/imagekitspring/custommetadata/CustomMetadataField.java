package io.github.imagekitspring.custommetadata;

/**
 * A custom metadata field as ImageKit answers it.
 *
 * @param id the field id
 * @param name the API name, the key in a file's {@code customMetadata}
 * @param label the name shown in the media library
 * @param schema the type and constraints
 */
public record CustomMetadataField(String id, String name, String label, CustomMetadataFieldSchema schema) {
}
