package io.github.imagekitspring.urls;

/**
 * An overlay in ImageKit's layer syntax, {@code l-<type>,...,l-end}, added to a step with
 * {@link Transformation.Builder#layer(Layer)}: {@link TextLayer}, {@link ImageLayer}, {@link VideoLayer},
 * {@link SubtitleLayer} or {@link SolidColorLayer}.
 */
public sealed interface Layer permits TextLayer, ImageLayer, VideoLayer, SubtitleLayer, SolidColorLayer {

	/**
	 * This layer as transformation text, such as {@code l-text,i-Sale,fs-40,l-end}.
	 */
	String toLayerString();

	/**
	 * How a layer's text or input path is written: {@code i-} (plain) or {@code ie-} (base64 of the UTF-8 bytes).
	 */
	enum Encoding {

		/**
		 * Plain when the text has only letters, digits, space, {@code -}, {@code .} and {@code _} (and {@code /} in
		 * paths), base64 otherwise. The default.
		 */
		AUTO,

		/** Always {@code i-}; text that would need base64 is refused. */
		PLAIN,

		/** Always {@code ie-}. */
		BASE64

	}

	/**
	 * How a layer blends with what is beneath it, {@code lm}.
	 */
	enum Mode {

		MULTIPLY("multiply"), CUTTER("cutter"), CUTOUT("cutout"), DISPLACE("displace");

		private final String value;

		Mode(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	/**
	 * A place on the parent asset: layer focus ({@code lfo}) and anchor point ({@code lap}).
	 */
	enum Anchor {

		CENTER("center"), TOP("top"), LEFT("left"), BOTTOM("bottom"), RIGHT("right"), TOP_LEFT("top_left"),
		TOP_RIGHT("top_right"), BOTTOM_LEFT("bottom_left"), BOTTOM_RIGHT("bottom_right");

		private final String value;

		Anchor(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	/**
	 * Text styles, {@code tg}, combined with {@code _} in this order.
	 */
	enum Typography {

		BOLD("b"), ITALIC("i"), STRIKETHROUGH("strikethrough");

		private final String value;

		Typography(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

}
