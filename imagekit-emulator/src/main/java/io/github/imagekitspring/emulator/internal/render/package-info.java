/**
 * Rendering of ImageKit transformations for delivery: parsing the chain, resizing, cropping, effects and layers
 * with the JDK's ImageIO and Java 2D. Not an API.
 */
package io.github.imagekitspring.emulator.internal.render;
