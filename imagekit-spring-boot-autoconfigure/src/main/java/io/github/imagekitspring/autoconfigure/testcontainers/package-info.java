/**
 * The ImageKit emulator's Docker image as a Testcontainers container with a Spring Boot service connection.
 */
@NullMarked
package io.github.imagekitspring.autoconfigure.testcontainers;

import org.jspecify.annotations.NullMarked;
