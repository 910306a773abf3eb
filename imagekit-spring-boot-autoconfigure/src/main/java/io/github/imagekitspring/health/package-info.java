/**
 * An Actuator health indicator for ImageKit accounts.
 */
@NullMarked
package io.github.imagekitspring.health;

import org.jspecify.annotations.NullMarked;
