package io.github.imagekitspring.metadata;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of an image or video. Images carry dimensions, format, quality, pHash and EXIF; videos carry
 * dimensions, bit rate, duration and codecs.
 *
 * @param height the height in pixels
 * @param width the width in pixels
 * @param size the size in bytes
 * @param format the format, such as {@code jpg}
 * @param hasColorProfile whether the image has an ICC color profile
 * @param quality the image quality
 * @param density the pixel density
 * @param hasTransparency whether the image has transparent pixels
 * @param pHash the perceptual hash, in hexadecimal
 * @param bitRate the bit rate of a video, in bits per second
 * @param duration the duration of a video, in seconds
 * @param audioCodec the audio codec of a video
 * @param videoCodec the video codec of a video
 * @param exif the EXIF sections of an image, or {@code null}
 */
public record Metadata(@Nullable Integer height, @Nullable Integer width, @Nullable Long size,
		@Nullable String format, @Nullable Boolean hasColorProfile, @Nullable Integer quality,
		@Nullable Integer density, @Nullable Boolean hasTransparency, @JsonProperty("pHash") @Nullable String pHash,
		@Nullable Long bitRate, @Nullable Long duration, @Nullable String audioCodec, @Nullable String videoCodec,
		@Nullable Exif exif) {
}
