package io.github.imagekitspring.metadata;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The EXIF section proper: exposure, lens and dates. Dates are strings as EXIF writes them
 * ({@code yyyy:MM:dd HH:mm:ss}, without a zone).
 *
 * @param exposureTime the exposure time, in seconds
 * @param fNumber the f-number
 * @param exposureProgram the exposure program
 * @param iso the ISO speed
 * @param exifVersion the EXIF version, such as {@code 0221}
 * @param dateTimeOriginal when the photo was taken, as EXIF writes it
 * @param createDate when the image was digitised, as EXIF writes it
 * @param shutterSpeedValue the shutter speed, in APEX units
 * @param apertureValue the aperture, in APEX units
 * @param exposureCompensation the exposure bias, in EV
 * @param meteringMode the metering mode
 * @param flash the flash state
 * @param brightnessValue the brightness, in APEX units
 * @param maxApertureValue the largest aperture of the lens, in APEX units
 * @param lightSource the light source
 * @param focalLength the focal length, in millimetres
 * @param userComment the user comment
 * @param sensingMethod the sensor type
 * @param sceneType the scene type
 * @param focalLengthIn35mmFormat the 35 mm equivalent focal length
 * @param lensModel the lens model
 * @param subSecTime fractions of a second of the modify date
 * @param flashpixVersion the Flashpix version
 * @param colorSpace the color space
 * @param exifImageWidth the width the EXIF data states
 * @param exifImageHeight the height the EXIF data states
 * @param interopOffset the offset of the interoperability section
 * @param focalPlaneXResolution the horizontal focal plane resolution
 * @param focalPlaneYResolution the vertical focal plane resolution
 * @param focalPlaneResolutionUnit the unit of the focal plane resolutions
 * @param customRendered whether the image was processed in camera
 * @param exposureMode the exposure mode
 * @param whiteBalance the white balance mode
 * @param sceneCaptureType the scene capture type
 * @param other any other tag of the section, such as {@code SubSecTimeOriginal}
 */
public record ExifDetails(@JsonProperty("ExposureTime") @Nullable Double exposureTime,
		@JsonProperty("FNumber") @Nullable Double fNumber,
		@JsonProperty("ExposureProgram") @Nullable Integer exposureProgram,
		@JsonProperty("ISO") @Nullable Integer iso,
		@JsonProperty("ExifVersion") @Nullable String exifVersion,
		@JsonProperty("DateTimeOriginal") @Nullable String dateTimeOriginal,
		@JsonProperty("CreateDate") @Nullable String createDate,
		@JsonProperty("ShutterSpeedValue") @Nullable Double shutterSpeedValue,
		@JsonProperty("ApertureValue") @Nullable Double apertureValue,
		@JsonProperty("ExposureCompensation") @Nullable Double exposureCompensation,
		@JsonProperty("MeteringMode") @Nullable Integer meteringMode,
		@JsonProperty("Flash") @Nullable Integer flash,
		@JsonProperty("BrightnessValue") @Nullable Double brightnessValue,
		@JsonProperty("MaxApertureValue") @Nullable Double maxApertureValue,
		@JsonProperty("LightSource") @Nullable Integer lightSource,
		@JsonProperty("FocalLength") @Nullable Double focalLength,
		@JsonProperty("UserComment") @Nullable String userComment,
		@JsonProperty("SensingMethod") @Nullable Integer sensingMethod,
		@JsonProperty("SceneType") @Nullable String sceneType,
		@JsonProperty("FocalLengthIn35mmFormat") @Nullable Integer focalLengthIn35mmFormat,
		@JsonProperty("LensModel") @Nullable String lensModel,
		@JsonProperty("SubSecTime") @Nullable String subSecTime,
		@JsonProperty("FlashpixVersion") @Nullable String flashpixVersion,
		@JsonProperty("ColorSpace") @Nullable Integer colorSpace,
		@JsonProperty("ExifImageWidth") @Nullable Integer exifImageWidth,
		@JsonProperty("ExifImageHeight") @Nullable Integer exifImageHeight,
		@JsonProperty("InteropOffset") @Nullable Long interopOffset,
		@JsonProperty("FocalPlaneXResolution") @Nullable Double focalPlaneXResolution,
		@JsonProperty("FocalPlaneYResolution") @Nullable Double focalPlaneYResolution,
		@JsonProperty("FocalPlaneResolutionUnit") @Nullable Integer focalPlaneResolutionUnit,
		@JsonProperty("CustomRendered") @Nullable Integer customRendered,
		@JsonProperty("ExposureMode") @Nullable Integer exposureMode,
		@JsonProperty("WhiteBalance") @Nullable Integer whiteBalance,
		@JsonProperty("SceneCaptureType") @Nullable Integer sceneCaptureType,
		@JsonAnySetter Map<String, Object> other) {

	public ExifDetails {
		other = ExifSections.copy(other);
	}

}
