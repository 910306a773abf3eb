package io.github.imagekitspring.upload;

import org.jspecify.annotations.Nullable;

/**
 * The 202 answer of an upload: the file was accepted and its video pre-transformation queued. The stored file is
 * not known yet; it arrives with the {@code upload.pre-transform.success} (or {@code .error}) webhook, which carries
 * the upload's request id as {@code x_request_id}.
 *
 * @param message ImageKit's message, such as {@code The pre-transformation has been queued successfully.}
 */
public record PreTransformQueued(@Nullable String message) implements UploadResult {

}
