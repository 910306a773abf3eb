package io.github.imagekitspring.urls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * A text overlay, {@code l-text,i-...,l-end}. Sizes are pixels or arithmetic expressions such as
 * {@code bw_mul_0.2}.
 *
 * @param text the text; written as {@code i-} when plain, otherwise as base64 {@code ie-} (see {@link Layer.Encoding})
 * @param encoding how the text is written
 * @param position where the layer goes
 * @param timing when it shows on a video
 * @param mode how it blends, {@code lm}
 * @param width {@code w}: the width the text wraps at
 * @param fontSize {@code fs}
 * @param fontFamily {@code ff}: a font name or the path of a custom font file
 * @param fontColor {@code co}
 * @param alignment {@code ia}: alignment within {@code width}
 * @param padding {@code pa}: one value or CSS-like {@code _}-separated values
 * @param alpha {@code al}: transparency 1 to 9
 * @param typography {@code tg}: bold, italic, strikethrough
 * @param background {@code bg}
 * @param radius {@code r}: a number, {@code max} or four {@code _}-separated corner values
 * @param rotation {@code rt}: degrees, {@code N}-prefixed for counter-clockwise
 * @param flip {@code fl}
 * @param lineHeight {@code lh}
 */
public record TextLayer(String text, Layer.Encoding encoding, @Nullable LayerPosition position,
		@Nullable LayerTiming timing, Layer.@Nullable Mode mode, @Nullable String width, @Nullable String fontSize,
		@Nullable String fontFamily, @Nullable String fontColor, @Nullable Alignment alignment,
		@Nullable String padding, @Nullable Integer alpha, Set<Layer.Typography> typography,
		@Nullable String background, @Nullable String radius, @Nullable String rotation,
		Transformation.@Nullable Flip flip, @Nullable String lineHeight) implements Layer {

	public TextLayer {
		Arguments.requireNonNull(text, "text");
		Arguments.requireNonNull(encoding, "encoding");
		LayerSyntax.textInput(text, encoding);
		check(width, "width");
		check(fontSize, "fontSize");
		check(padding, "padding");
		check(radius, "radius");
		check(rotation, "rotation");
		check(lineHeight, "lineHeight");
		if (fontFamily != null) {
			LayerSyntax.fontFamily(fontFamily);
		}
		if (fontColor != null) {
			LayerSyntax.colour(fontColor, "fontColor");
		}
		if (background != null) {
			LayerSyntax.colour(background, "background");
		}
		if (alpha != null) {
			LayerSyntax.alpha(alpha);
		}
		typography = typography.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(typography));
	}

	/**
	 * Starts a text layer.
	 */
	public static Builder builder(String text) {
		return new Builder(text);
	}

	@Override
	public String toLayerString() {
		List<String> parts = new ArrayList<>();
		parts.add(LayerSyntax.textInput(this.text, this.encoding));
		LayerSyntax.placement(parts, this.mode, this.position, this.timing);
		LayerSyntax.add(parts, "w", this.width);
		LayerSyntax.add(parts, "fs", this.fontSize);
		LayerSyntax.add(parts, "ff", (this.fontFamily != null) ? LayerSyntax.fontFamily(this.fontFamily) : null);
		LayerSyntax.add(parts, "co", this.fontColor);
		LayerSyntax.add(parts, "ia", (this.alignment != null) ? this.alignment.value : null);
		LayerSyntax.add(parts, "pa", this.padding);
		LayerSyntax.add(parts, "al", this.alpha);
		LayerSyntax.add(parts, "tg", this.typography.isEmpty() ? null : LayerSyntax.typography(this.typography));
		LayerSyntax.add(parts, "bg", this.background);
		LayerSyntax.add(parts, "r", this.radius);
		LayerSyntax.add(parts, "rt", this.rotation);
		LayerSyntax.add(parts, "fl", (this.flip != null) ? this.flip.value() : null);
		LayerSyntax.add(parts, "lh", this.lineHeight);
		return LayerSyntax.layer("text", parts);
	}

	private static void check(@Nullable String value, String name) {
		if (value != null) {
			LayerSyntax.value(value, name);
		}
	}

	/** Alignment of wrapped text within the layer's width, {@code ia}. */
	public enum Alignment {

		LEFT("left"), CENTER("center"), RIGHT("right");

		private final String value;

		Alignment(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	/**
	 * Builds a {@link TextLayer}; unset parameters are left out of the URL.
	 */
	public static final class Builder extends LayerBuilder.Encoded<Builder> {

		private final String text;

		private @Nullable String width;

		private @Nullable String fontSize;

		private @Nullable String fontFamily;

		private @Nullable String fontColor;

		private @Nullable Alignment alignment;

		private @Nullable String padding;

		private @Nullable Integer alpha;

		private final Set<Layer.Typography> typography = EnumSet.noneOf(Layer.Typography.class);

		private @Nullable String background;

		private @Nullable String radius;

		private @Nullable String rotation;

		private Transformation.@Nullable Flip flip;

		private @Nullable String lineHeight;

		private Builder(String text) {
			this.text = text;
		}

		public Builder width(int width) {
			return width(LayerSyntax.positive(width, "width"));
		}

		public Builder width(String width) {
			this.width = width;
			return this;
		}

		public Builder fontSize(int fontSize) {
			return fontSize(LayerSyntax.positive(fontSize, "fontSize"));
		}

		public Builder fontSize(String fontSize) {
			this.fontSize = fontSize;
			return this;
		}

		public Builder fontFamily(String fontFamily) {
			this.fontFamily = fontFamily;
			return this;
		}

		public Builder fontColor(String fontColor) {
			this.fontColor = fontColor;
			return this;
		}

		public Builder alignment(Alignment alignment) {
			this.alignment = alignment;
			return this;
		}

		public Builder padding(int padding) {
			return padding(LayerSyntax.positive(padding, "padding"));
		}

		public Builder padding(String padding) {
			this.padding = padding;
			return this;
		}

		public Builder alpha(int alpha) {
			this.alpha = alpha;
			return this;
		}

		public Builder typography(Layer.Typography... styles) {
			Collections.addAll(this.typography, styles);
			return this;
		}

		public Builder background(String background) {
			this.background = background;
			return this;
		}

		public Builder radius(int radius) {
			return radius(LayerSyntax.positive(radius, "radius"));
		}

		public Builder radius(String radius) {
			this.radius = radius;
			return this;
		}

		/** Degrees clockwise; negative values turn counter-clockwise. */
		public Builder rotation(int degrees) {
			return rotation(LayerSyntax.signed(degrees));
		}

		public Builder rotation(String rotation) {
			this.rotation = rotation;
			return this;
		}

		public Builder flip(Transformation.Flip flip) {
			this.flip = flip;
			return this;
		}

		public Builder lineHeight(int lineHeight) {
			return lineHeight(LayerSyntax.positive(lineHeight, "lineHeight"));
		}

		public Builder lineHeight(String lineHeight) {
			this.lineHeight = lineHeight;
			return this;
		}

		public TextLayer build() {
			return new TextLayer(this.text, this.encoding, this.position, this.timing, this.mode, this.width,
					this.fontSize, this.fontFamily, this.fontColor, this.alignment, this.padding, this.alpha,
					this.typography, this.background, this.radius, this.rotation, this.flip, this.lineHeight);
		}

	}

}
