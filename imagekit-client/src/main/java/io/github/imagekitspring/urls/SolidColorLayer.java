package io.github.imagekitspring.urls;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * A block of solid colour, written as an image layer on ImageKit's blank canvas:
 * {@code l-image,i-ik_canvas,bg-<color>,...,l-end}.
 *
 * @param color an RGB or RGBA hex code (such as {@code FF0000} or {@code FF000050}) or a colour name
 * @param position where the block goes
 * @param timing when it shows on a video
 * @param mode how it blends, {@code lm}
 * @param width {@code w}: pixels or an arithmetic expression
 * @param height {@code h}
 * @param alpha {@code al}: transparency 1 to 9
 * @param background {@code bg}: a further background colour
 * @param gradient {@code e-gradient}: empty for the default gradient, or ImageKit's gradient syntax
 * @param radius {@code r}: a number, {@code max} or four {@code _}-separated corner values
 */
public record SolidColorLayer(String color, @Nullable LayerPosition position, @Nullable LayerTiming timing,
		Layer.@Nullable Mode mode, @Nullable String width, @Nullable String height, @Nullable Integer alpha,
		@Nullable String background, @Nullable String gradient, @Nullable String radius) implements Layer {

	public SolidColorLayer {
		Arguments.requireNonNull(color, "color");
		LayerSyntax.colour(color, "color");
		if (width != null) {
			LayerSyntax.value(width, "width");
		}
		if (height != null) {
			LayerSyntax.value(height, "height");
		}
		if (alpha != null) {
			LayerSyntax.alpha(alpha);
		}
		if (background != null) {
			LayerSyntax.colour(background, "background");
		}
		if (gradient != null && !gradient.isEmpty()) {
			LayerSyntax.gradient(gradient);
		}
		if (radius != null) {
			LayerSyntax.value(radius, "radius");
		}
	}

	/**
	 * Starts a solid colour layer.
	 */
	public static Builder builder(String color) {
		return new Builder(color);
	}

	@Override
	public String toLayerString() {
		List<String> parts = new ArrayList<>();
		parts.add("i-ik_canvas");
		parts.add("bg-" + this.color);
		LayerSyntax.placement(parts, this.mode, this.position, this.timing);
		LayerSyntax.add(parts, "w", this.width);
		LayerSyntax.add(parts, "h", this.height);
		LayerSyntax.add(parts, "al", this.alpha);
		LayerSyntax.add(parts, "bg", this.background);
		if (this.gradient != null) {
			parts.add(this.gradient.isEmpty() ? "e-gradient" : "e-gradient-" + this.gradient);
		}
		LayerSyntax.add(parts, "r", this.radius);
		return LayerSyntax.layer("image", parts);
	}

	/**
	 * Builds a {@link SolidColorLayer}; unset parameters are left out of the URL.
	 */
	public static final class Builder extends LayerBuilder<Builder> {

		private final String color;

		private @Nullable String width;

		private @Nullable String height;

		private @Nullable Integer alpha;

		private @Nullable String background;

		private @Nullable String gradient;

		private @Nullable String radius;

		private Builder(String color) {
			this.color = color;
		}

		public Builder width(int width) {
			return width(LayerSyntax.positive(width, "width"));
		}

		public Builder width(String width) {
			this.width = width;
			return this;
		}

		public Builder height(int height) {
			return height(LayerSyntax.positive(height, "height"));
		}

		public Builder height(String height) {
			this.height = height;
			return this;
		}

		public Builder alpha(int alpha) {
			this.alpha = alpha;
			return this;
		}

		public Builder background(String background) {
			this.background = background;
			return this;
		}

		/** The default linear gradient, {@code e-gradient}. */
		public Builder gradient() {
			return gradient("");
		}

		/** A gradient in ImageKit's syntax, such as {@code ld-top_from-green_to-00FF0010_sp-1}. */
		public Builder gradient(String gradient) {
			this.gradient = gradient;
			return this;
		}

		public Builder radius(int radius) {
			return radius(LayerSyntax.positive(radius, "radius"));
		}

		public Builder radius(String radius) {
			this.radius = radius;
			return this;
		}

		public SolidColorLayer build() {
			return new SolidColorLayer(this.color, this.position, this.timing, this.mode, this.width, this.height,
					this.alpha, this.background, this.gradient, this.radius);
		}

	}

}
