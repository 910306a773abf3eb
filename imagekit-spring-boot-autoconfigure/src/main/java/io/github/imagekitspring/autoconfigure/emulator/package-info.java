/**
 * The ImageKit emulator as a stand-in for ImageKit, when the application asks for it: embedded in development and
 * tests, or as a connection for tests.
 */
@NullMarked
package io.github.imagekitspring.autoconfigure.emulator;

import org.jspecify.annotations.NullMarked;
