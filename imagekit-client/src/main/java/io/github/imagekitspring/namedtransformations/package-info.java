/**
 * Named transformations: reusable transformation strings, used in URLs as {@code tr:n-<name>}.
 */
@NullMarked
package io.github.imagekitspring.namedtransformations;

import org.jspecify.annotations.NullMarked;
