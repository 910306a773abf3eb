package io.github.imagekitspring.files;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A folder of the media library.
 *
 * @param type always {@code folder}
 * @param folderId the folder id
 * @param name the folder name
 * @param folderPath the folder path, such as {@code /products/shoes}
 * @param customMetadata the folder's custom metadata
 * @param createdAt when the folder was created
 * @param updatedAt when the folder was last updated
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record FolderDetails(String type, String folderId, String name, String folderPath,
		@Nullable Map<String, Object> customMetadata, @Nullable Instant createdAt, @Nullable Instant updatedAt)
		implements Asset {
}
