package io.github.imagekitspring.urls;

import java.util.ArrayList;
import java.util.Arrays;
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
		List<String> parts = new ArrayList<>();
		parts.add(LayerSyntax.pathInput(this.input, this.encoding, "input"));
		LayerSyntax.placement(parts, this.mode, this.position, this.timing);
		String chain = LayerSyntax.chain(this.transformations);
		if (!chain.isEmpty()) {
			parts.add(chain);
		}
		return LayerSyntax.layer("video", parts);
	}

	/**
	 * Builds a {@link VideoLayer}.
	 */
	public static final class Builder {

		private final String input;

		private Layer.Encoding encoding = Layer.Encoding.AUTO;

		private @Nullable LayerPosition position;

		private @Nullable LayerTiming timing;

		private Layer.@Nullable Mode mode;

		private final List<Transformation> transformations = new ArrayList<>();

		private Builder(String input) {
			this.input = input;
		}

		public Builder encoding(Layer.Encoding encoding) {
			this.encoding = encoding;
			return this;
		}

		public Builder position(LayerPosition position) {
			this.position = position;
			return this;
		}

		public Builder timing(LayerTiming timing) {
			this.timing = timing;
			return this;
		}

		public Builder mode(Layer.Mode mode) {
			this.mode = mode;
			return this;
		}

		/**
		 * Appends steps to the overlay's own chain.
		 */
		public Builder transformation(Transformation... steps) {
			this.transformations.addAll(Arrays.asList(steps));
			return this;
		}

		public VideoLayer build() {
			return new VideoLayer(this.input, this.encoding, this.position, this.timing, this.mode,
					this.transformations);
		}

	}

}
