/**
 * A small media gallery on the ImageKit starter: a page that lists, searches, uploads from the browser, tags and
 * deletes images, the REST endpoints behind it, and a command-line tour of the API.
 */
@NullMarked
package io.github.imagekitspring.samples.gallery;

import org.jspecify.annotations.NullMarked;
