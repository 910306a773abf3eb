package io.github.imagekitspring.metadata;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The EXIF sections of an image's metadata. Each section is {@code null} when the image lacks it.
 *
 * @param image the IFD0 image section: camera, orientation, resolution
 * @param thumbnail the embedded thumbnail section
 * @param exif the EXIF section proper: exposure, lens, dates
 * @param gps the GPS section
 * @param interoperability the interoperability section
 * @param makernote the camera maker's own notes, whose content depends on the maker
 */
public record Exif(@Nullable ExifImage image, @Nullable ExifThumbnail thumbnail, @Nullable ExifDetails exif,
		@Nullable ExifGps gps, @Nullable ExifInteroperability interoperability,
		@Nullable Map<String, Object> makernote) {
}
