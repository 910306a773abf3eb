/**
 * The ImageKit emulator as a stand-in for ImageKit: embedded in development when no key is configured, or as a
 * connection for tests.
 */
@NullMarked
package io.github.imagekitspring.autoconfigure.emulator;

import org.jspecify.annotations.NullMarked;
