package io.github.imagekitspring.urls;

import org.jspecify.annotations.Nullable;

/**
 * When a layer shows on a video parent. Values are seconds (up to two decimal places) or arithmetic expressions
 * such as {@code bdu_mul_0.4}.
 *
 * @param start {@code lso}: when the layer appears
 * @param end {@code leo}: when it disappears; ImageKit ignores {@code duration} when both are given
 * @param duration {@code ldu}: how long it shows
 */
public record LayerTiming(@Nullable String start, @Nullable String end, @Nullable String duration) {

	public LayerTiming {
		check(start, "start");
		check(end, "end");
		check(duration, "duration");
		if (start == null && end == null && duration == null) {
			throw new IllegalArgumentException("a layer timing needs start, end or duration");
		}
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
	 * Builds a {@link LayerTiming}.
	 */
	public static final class Builder {

		private @Nullable String start;

		private @Nullable String end;

		private @Nullable String duration;

		private Builder() {
		}

		public Builder start(double seconds) {
			return start(LayerSyntax.seconds(seconds, "start"));
		}

		public Builder start(String start) {
			this.start = start;
			return this;
		}

		public Builder end(double seconds) {
			return end(LayerSyntax.seconds(seconds, "end"));
		}

		public Builder end(String end) {
			this.end = end;
			return this;
		}

		public Builder duration(double seconds) {
			return duration(LayerSyntax.seconds(seconds, "duration"));
		}

		public Builder duration(String duration) {
			this.duration = duration;
			return this;
		}

		public LayerTiming build() {
			return new LayerTiming(this.start, this.end, this.duration);
		}

	}

}
