package io.github.imagekitspring.webhooks;

/**
 * The {@code transformation} object of upload transformation error events.
 *
 * @param error the failure
 */
public record FailedTransformation(TransformationError error) {

}
