package io.github.imagekitspring.urls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the layer builders share: where a layer goes, when it shows and how it blends; with {@link Encoded}, how its
 * input is written; with {@link File}, its own transformation chain.
 *
 * @param <B> the builder, returned by every setter
 */
abstract class LayerBuilder<B extends LayerBuilder<B>> {

	@Nullable LayerPosition position;

	@Nullable LayerTiming timing;

	Layer.@Nullable Mode mode;

	public B position(LayerPosition position) {
		this.position = position;
		return self();
	}

	public B timing(LayerTiming timing) {
		this.timing = timing;
		return self();
	}

	public B mode(Layer.Mode mode) {
		this.mode = mode;
		return self();
	}

	@SuppressWarnings("unchecked")
	final B self() {
		return (B) this;
	}

	/** A layer whose input is text or a path, written plain or as base64. */
	abstract static class Encoded<B extends Encoded<B>> extends LayerBuilder<B> {

		Layer.Encoding encoding = Layer.Encoding.AUTO;

		public B encoding(Layer.Encoding encoding) {
			this.encoding = encoding;
			return self();
		}

	}

	/** A layer of a file in the media library, with its own transformation chain. */
	abstract static class File<B extends File<B>> extends Encoded<B> {

		final String input;

		final List<Transformation> transformations = new ArrayList<>();

		File(String input) {
			this.input = input;
		}

		/**
		 * Appends steps to the overlay's own chain.
		 */
		public B transformation(Transformation... steps) {
			this.transformations.addAll(Arrays.asList(steps));
			return self();
		}

	}

}
