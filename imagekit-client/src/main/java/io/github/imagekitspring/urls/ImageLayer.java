package io.github.imagekitspring.urls;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * An image overlay, {@code l-image,i-...,l-end}, with its own transformation chain (which may hold further layers).
 *
 * @param input the overlay image's path, such as {@code /logos/brand.png}; leading, trailing and repeated slashes
 * are dropped, and inner slashes are written as {@code @@} in plain input
 * @param encoding how the path is written
 * @param position where the layer goes
 * @param timing when it shows on a video
 * @param mode how it blends, {@code lm}
 * @param transformations the overlay's own chain, applied to it before it is placed
 */
public record ImageLayer(String input, Layer.Encoding encoding, @Nullable LayerPosition position,
		@Nullable LayerTiming timing, Layer.@Nullable Mode mode, List<Transformation> transformations)
		implements Layer {

	public ImageLayer {
		Arguments.requireNonNull(input, "input");
		Arguments.requireNonNull(encoding, "encoding");
		LayerSyntax.pathInput(input, encoding, "input");
		transformations = List.copyOf(transformations);
	}

	/**
	 * Starts an image layer for the file at {@code input}.
	 */
	public static Builder builder(String input) {
		return new Builder(input);
	}

	@Override
	public String toLayerString() {
		return LayerSyntax.fileLayer("image", this.input, this.encoding, this.mode, this.position, this.timing,
				this.transformations);
	}

	/**
	 * Builds an {@link ImageLayer}.
	 */
	public static final class Builder extends LayerBuilder.File<Builder> {

		private Builder(String input) {
			super(input);
		}

		public ImageLayer build() {
			return new ImageLayer(this.input, this.encoding, this.position, this.timing, this.mode,
					this.transformations);
		}

	}

}
