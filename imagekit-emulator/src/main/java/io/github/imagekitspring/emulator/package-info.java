/**
 * The ImageKit emulator's public API: {@link io.github.imagekitspring.emulator.ImageKitEmulator} and its
 * builder, the JUnit extension, {@link io.github.imagekitspring.emulator.MutableClock},
 * {@link io.github.imagekitspring.emulator.RateLimit}, {@link io.github.imagekitspring.emulator.Fault} and
 * {@link io.github.imagekitspring.emulator.RecordedRequest}.
 */
package io.github.imagekitspring.emulator;
