/**
 * Internal helpers shared by the client's packages. Not part of the public API; may change without notice.
 */
@NullMarked
package io.github.imagekitspring.internal;

import org.jspecify.annotations.NullMarked;
