/**
 * Folders of the media library: create, delete, and the asynchronous bulk jobs that copy, move and rename them.
 */
@NullMarked
package io.github.imagekitspring.folders;

import org.jspecify.annotations.NullMarked;
