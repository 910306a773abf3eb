package io.github.imagekitspring.samples.gallery;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An image as the page shows it.
 *
 * @param fileId the ImageKit file id
 * @param name the file name
 * @param filePath the path in the media library
 * @param tags the tags, empty when none
 * @param width the width in pixels, if known
 * @param height the height in pixels, if known
 * @param size the size in bytes, if known
 * @param url the delivery URL, built with the URL builder
 * @param thumbnailUrl a 300 x 300 delivery URL for the grid, built with the URL builder
 * @param createdAt when it was uploaded, if known
 */
public record GalleryImage(String fileId, String name, String filePath, List<String> tags, @Nullable Integer width,
		@Nullable Integer height, @Nullable Long size, String url, String thumbnailUrl, @Nullable Instant createdAt) {

}
