package io.github.imagekitspring.upload;

/**
 * What an upload answered: {@link UploadedFile} (200) when the file is stored, or {@link PreTransformQueued} (202)
 * when a video pre-transformation was queued and the file will be reported by the
 * {@code upload.pre-transform.*} webhook. Tell them apart with {@code instanceof}.
 */
public sealed interface UploadResult permits UploadedFile, PreTransformQueued {

}
