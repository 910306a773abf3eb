package io.github.imagekitspring.webhooks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of video transformation events.
 *
 * @param asset the source video
 * @param transformation the transformation, with its output ({@code ready}) or error ({@code error})
 */
public record VideoTransformationData(Asset asset, Transformation transformation) {

	/**
	 * The source video.
	 *
	 * @param url where the source can be fetched
	 */
	public record Asset(String url) {

	}

	/**
	 * A video transformation.
	 *
	 * @param type {@code video-transformation}, {@code gif-to-video} or {@code video-thumbnail}
	 * @param options the encoding options
	 * @param output the result, on {@code video.transformation.ready}
	 * @param error the failure, on {@code video.transformation.error}
	 */
	public record Transformation(String type, @Nullable Options options, @Nullable Output output,
			@Nullable TransformationError error) {

	}

	/**
	 * Encoding options.
	 *
	 * @param videoCodec {@code h264}, {@code vp9} or {@code av1}
	 * @param audioCodec {@code aac} or {@code opus}
	 * @param autoRotate whether the video is rotated from its metadata
	 * @param quality output quality
	 * @param format output format
	 * @param streamProtocol {@code HLS} or {@code DASH}
	 * @param variants adaptive bitrate representations
	 */
	public record Options(@JsonProperty("video_codec") @Nullable String videoCodec,
			@JsonProperty("audio_codec") @Nullable String audioCodec,
			@JsonProperty("auto_rotate") @Nullable Boolean autoRotate, @Nullable Integer quality,
			@Nullable String format, @JsonProperty("stream_protocol") @Nullable String streamProtocol,
			@Nullable List<String> variants) {

	}

	/**
	 * The transformed video.
	 *
	 * @param url where the output is served
	 * @param videoMetadata the output's metadata
	 */
	public record Output(String url, @JsonProperty("video_metadata") @Nullable VideoMetadata videoMetadata) {

	}

	/**
	 * Metadata of the output video.
	 *
	 * @param duration seconds
	 * @param width pixels
	 * @param height pixels
	 * @param bitrate bits per second
	 */
	public record VideoMetadata(@Nullable Double duration, @Nullable Integer width, @Nullable Integer height,
			@Nullable Long bitrate) {

	}

}
