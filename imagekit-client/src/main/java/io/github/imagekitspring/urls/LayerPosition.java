package io.github.imagekitspring.urls;

import org.jspecify.annotations.Nullable;

/**
 * Where a layer goes on its parent. Coordinates are pixels ({@code N}-prefixed when negative) or arithmetic
 * expressions such as {@code bw_mul_0.4}.
 *
 * @param x {@code lx}: the parent's x where the layer's left edge goes
 * @param y {@code ly}: the parent's y where the layer's top edge goes
 * @param xCenter {@code lxc}: the parent's x where the layer's centre goes; not with {@code x}
 * @param yCenter {@code lyc}: the parent's y where the layer's centre goes; not with {@code y}
 * @param anchorPoint {@code lap}: the corner or edge of the parent the coordinates count from; needs a coordinate
 * @param focus {@code lfo}: a place on the parent, used when no coordinate is given
 */
public record LayerPosition(@Nullable String x, @Nullable String y, @Nullable String xCenter,
		@Nullable String yCenter, Layer.@Nullable Anchor anchorPoint, Layer.@Nullable Anchor focus) {

	public LayerPosition {
		check(x, "x");
		check(y, "y");
		check(xCenter, "xCenter");
		check(yCenter, "yCenter");
		if (x != null && xCenter != null) {
			throw new IllegalArgumentException("x and xCenter cannot both be set");
		}
		if (y != null && yCenter != null) {
			throw new IllegalArgumentException("y and yCenter cannot both be set");
		}
		if (anchorPoint != null && x == null && y == null && xCenter == null && yCenter == null) {
			throw new IllegalArgumentException("anchorPoint needs at least one of x, y, xCenter and yCenter");
		}
		if (x == null && y == null && xCenter == null && yCenter == null && anchorPoint == null && focus == null) {
			throw new IllegalArgumentException("a layer position needs a coordinate or a focus");
		}
	}

	/**
	 * A position by focus alone, such as {@code LayerPosition.focus(Layer.Anchor.BOTTOM_RIGHT)}.
	 */
	public static LayerPosition focus(Layer.Anchor focus) {
		return builder().focus(focus).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	private static void check(@Nullable String value, String name) {
		if (value != null) {
			LayerSyntax.value(value, name);
		}
	}

	/**
	 * Builds a {@link LayerPosition}.
	 */
	public static final class Builder {

		private @Nullable String x;

		private @Nullable String y;

		private @Nullable String xCenter;

		private @Nullable String yCenter;

		private Layer.@Nullable Anchor anchorPoint;

		private Layer.@Nullable Anchor focus;

		private Builder() {
		}

		/** Pixels; negative values are written {@code N}-prefixed. */
		public Builder x(int x) {
			return x(LayerSyntax.signed(x));
		}

		public Builder x(String x) {
			this.x = x;
			return this;
		}

		public Builder y(int y) {
			return y(LayerSyntax.signed(y));
		}

		public Builder y(String y) {
			this.y = y;
			return this;
		}

		public Builder xCenter(int xCenter) {
			return xCenter(LayerSyntax.signed(xCenter));
		}

		public Builder xCenter(String xCenter) {
			this.xCenter = xCenter;
			return this;
		}

		public Builder yCenter(int yCenter) {
			return yCenter(LayerSyntax.signed(yCenter));
		}

		public Builder yCenter(String yCenter) {
			this.yCenter = yCenter;
			return this;
		}

		public Builder anchorPoint(Layer.Anchor anchorPoint) {
			this.anchorPoint = anchorPoint;
			return this;
		}

		public Builder focus(Layer.Anchor focus) {
			this.focus = focus;
			return this;
		}

		public LayerPosition build() {
			return new LayerPosition(this.x, this.y, this.xCenter, this.yCenter, this.anchorPoint, this.focus);
		}

	}

}
