package io.github.imagekitspring.urls;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * A video overlay, {@code l-video,i-...,l-end}, with its own transformation chain (video transformations).
 *
 * @param input the overlay video's path, such as {@code /clips/intro.mp4}; leading, trailing and repeated slashes
 * are dropped, and inner slashes are written as {@code @@} in plain input
 * @param encoding how the path is written
 * @param position where the layer goes
 * @param timing when it shows on a video
 * @param mode how it blends, {@code lm}
 * @param transformations the overlay's own chain, applied to it before it is placed
 */
public record VideoLayer(String input, Layer.Encoding encoding, @Nullable LayerPosition position,
		@Nullable LayerTiming timing, Layer.@Nullable Mode mode, List<Transformation> transformations)
		implements Layer {

	public VideoLayer {
		Arguments.requireNonNull(input, "input");
		Arguments.requireNonNull(encoding, "encoding");
		LayerSyntax.pathInput(input, encoding, "input");
		transformations = List.copyOf(transformations);
	}

	/**
	 * Starts a video layer for the file at {@code input}.
	 */
	public static Builder builder(String input) {
		return new Builder(input);
	}

	@Override
	public String toLayerString() {
		return LayerSyntax.fileLayer("video", this.input, this.encoding, this.mode, this.position, this.timing,
				this.transformations);
	}

	/**
	 * Builds a {@link VideoLayer}.
	 */
	public static final class Builder extends LayerBuilder.File<Builder> {

		private Builder(String input) {
			super(input);
		}

		public VideoLayer build() {
			return new VideoLayer(this.input, this.encoding, this.position, this.timing, this.mode,
					this.transformations);
		}

	}

}
