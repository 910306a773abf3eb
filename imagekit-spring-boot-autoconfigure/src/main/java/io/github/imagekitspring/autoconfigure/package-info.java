/**
 * Spring Boot auto-configuration of the ImageKit client.
 */
@NullMarked
package io.github.imagekitspring.autoconfigure;

import org.jspecify.annotations.NullMarked;
