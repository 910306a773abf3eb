/**
 * Typed extension objects ({@code remove-bg}, auto-tagging, AI description, AI tasks, saved-extension references)
 * shared by upload, file update and saved extensions.
 */
@NullMarked
package io.github.imagekitspring.extensions;

import org.jspecify.annotations.NullMarked;
