/**
 * The digital-asset-management API for files: list and search, details, update, delete.
 */
@NullMarked
package io.github.imagekitspring.files;

import org.jspecify.annotations.NullMarked;
