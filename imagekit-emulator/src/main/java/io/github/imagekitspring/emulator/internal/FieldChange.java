package io.github.imagekitspring.emulator.internal;

/**
 * A field an update request sets, to {@code value} ({@code null} clears it). A {@code null} FieldChange
 * means the request leaves the field as it is.
 */
record FieldChange<T>(T value) {
}
