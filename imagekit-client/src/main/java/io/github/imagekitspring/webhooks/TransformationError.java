package io.github.imagekitspring.webhooks;

/**
 * Why a transformation failed.
 *
 * @param reason such as {@code encoding_failed} or {@code download_failed}
 */
public record TransformationError(String reason) {

}
