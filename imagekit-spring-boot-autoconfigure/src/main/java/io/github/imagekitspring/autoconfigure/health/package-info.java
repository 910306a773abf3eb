/**
 * An Actuator health indicator for ImageKit accounts.
 */
@NullMarked
package io.github.imagekitspring.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
