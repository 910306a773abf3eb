package io.github.imagekitspring.upload;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The upload's {@code transformation}: a {@code pre} transformation applied before storing and {@code post}
 * transformations generated right after the upload.
 *
 * @param pre transformation text applied before the file is stored, such as {@code w-300,h-300,q-80}
 * @param post transformations to generate after the upload
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadTransformation(@Nullable String pre, List<Post> post) {

	public UploadTransformation {
		post = List.copyOf(post);
		if (pre == null && post.isEmpty()) {
			throw new IllegalArgumentException("transformation needs a pre or at least one post transformation");
		}
	}

	public static UploadTransformation pre(String pre) {
		return new UploadTransformation(pre, List.of());
	}

	public static UploadTransformation post(Post... post) {
		return new UploadTransformation(null, List.of(post));
	}

	/**
	 * A post-upload transformation, discriminated by {@code type}.
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Transform.class, name = "transformation"),
			@JsonSubTypes.Type(value = GifToVideo.class, name = "gif-to-video"),
			@JsonSubTypes.Type(value = Thumbnail.class, name = "thumbnail"),
			@JsonSubTypes.Type(value = AdaptiveBitrateStreaming.class, name = "abs") })
	public sealed interface Post permits Transform, GifToVideo, Thumbnail, AdaptiveBitrateStreaming {

	}

	/**
	 * {@code transformation}: a transformed version.
	 *
	 * @param value the transformation text, such as {@code w-200,h-200}
	 */
	public record Transform(String value) implements Post {

		public Transform {
			if (value.isBlank()) {
				throw new IllegalArgumentException("value must not be blank");
			}
		}

	}

	/**
	 * {@code gif-to-video}.
	 *
	 * @param value optional transformation text
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record GifToVideo(@Nullable String value) implements Post {

	}

	/**
	 * {@code thumbnail}.
	 *
	 * @param value optional transformation text
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Thumbnail(@Nullable String value) implements Post {

	}

	/**
	 * {@code abs}: adaptive bitrate streaming.
	 *
	 * @param value the representations, such as {@code sr-240_360_480_720_1080}
	 * @param protocol the streaming protocol
	 */
	public record AdaptiveBitrateStreaming(String value, StreamingProtocol protocol) implements Post {

		public AdaptiveBitrateStreaming {
			if (value.isBlank()) {
				throw new IllegalArgumentException("value must not be blank");
			}
		}

	}

	/**
	 * Streaming protocol of an {@code abs} post transformation.
	 */
	public enum StreamingProtocol {

		HLS("hls"), DASH("dash");

		private final String wireName;

		StreamingProtocol(String wireName) {
			this.wireName = wireName;
		}

		@JsonValue
		public String wireName() {
			return this.wireName;
		}

	}

}
