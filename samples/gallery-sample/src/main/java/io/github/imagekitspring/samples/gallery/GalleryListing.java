package io.github.imagekitspring.samples.gallery;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One answer of the gallery's list: the images and the ImageKit request id of the call that listed them.
 *
 * @param requestId ImageKit's {@code x-ik-requestId}
 * @param images the images, newest first
 */
public record GalleryListing(@Nullable String requestId, List<GalleryImage> images) {

}
