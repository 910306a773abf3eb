package io.github.imagekitspring.files;

import org.jspecify.annotations.Nullable;

/**
 * One file a bulk operation could not change, from the {@code errors} of a 207 answer.
 *
 * @param fileId the file id
 * @param error ImageKit's message for that file
 */
public record BulkFileError(@Nullable String fileId, @Nullable String error) {
}
