package io.github.imagekitspring.files;

import org.jspecify.annotations.Nullable;

/**
 * The answer of a rename: 200 when the file was renamed (and, if asked, the purge started), 207 when the file was
 * renamed but the purge was skipped because the purge quota is used up.
 *
 * @param purgeRequestId the id of the purge started, for the purge-status API; {@code null} when no purge ran
 * @param purgeSkipped whether a purge was asked for but skipped (a 207 answer)
 * @param reason ImageKit's reason for skipping the purge, such as {@code PURGE_FAILED}, or {@code null}
 * @param message ImageKit's message about the skipped purge, or {@code null}
 * @param help ImageKit's help sentence with a skipped purge, or {@code null}
 */
public record RenameFileResult(@Nullable String purgeRequestId, boolean purgeSkipped, @Nullable String reason,
		@Nullable String message, @Nullable String help) {
}
