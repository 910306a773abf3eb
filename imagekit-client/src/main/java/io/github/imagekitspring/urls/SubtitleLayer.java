package io.github.imagekitspring.urls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * A subtitle track burnt into a video, {@code l-subtitles,i-...,l-end}.
 *
 * @param input the subtitle file's path (SRT or WebVTT); slashes are handled as for {@link ImageLayer#input()}
 * @param encoding how the path is written
 * @param position where the subtitles go
 * @param timing when they show
 * @param mode how they blend, {@code lm}
 * @param background {@code bg}
 * @param fontColor {@code co}
 * @param fontFamily {@code ff}
 * @param fontSize {@code fs}
 * @param typography {@code tg}: bold and italic (no strikethrough for subtitles)
 * @param fontOutline {@code fol}: outline width and colour, such as {@code 2_A1CCDD50}
 * @param fontShadow {@code fsh}: shadow colour and indent, such as {@code A1CCDD_3}
 */
public record SubtitleLayer(String input, Layer.Encoding encoding, @Nullable LayerPosition position,
		@Nullable LayerTiming timing, Layer.@Nullable Mode mode, @Nullable String background,
		@Nullable String fontColor, @Nullable String fontFamily, @Nullable Integer fontSize,
		Set<Layer.Typography> typography, @Nullable String fontOutline, @Nullable String fontShadow)
		implements Layer {

	public SubtitleLayer {
		Arguments.requireNonNull(input, "input");
		Arguments.requireNonNull(encoding, "encoding");
		LayerSyntax.pathInput(input, encoding, "input");
		if (background != null) {
			LayerSyntax.colour(background, "background");
		}
		if (fontColor != null) {
			LayerSyntax.colour(fontColor, "fontColor");
		}
		if (fontFamily != null) {
			LayerSyntax.fontFamily(fontFamily);
		}
		if (fontSize != null) {
			LayerSyntax.positive(fontSize, "fontSize");
		}
		if (typography.contains(Layer.Typography.STRIKETHROUGH)) {
			throw new IllegalArgumentException("subtitles take bold and italic typography only");
		}
		if (fontOutline != null) {
			LayerSyntax.value(fontOutline, "fontOutline");
		}
		if (fontShadow != null) {
			LayerSyntax.value(fontShadow, "fontShadow");
		}
		typography = typography.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(typography));
	}

	/**
	 * Starts a subtitle layer for the file at {@code input}.
	 */
	public static Builder builder(String input) {
		return new Builder(input);
	}

	@Override
	public String toLayerString() {
		List<String> parts = new ArrayList<>();
		parts.add(LayerSyntax.pathInput(this.input, this.encoding, "input"));
		LayerSyntax.placement(parts, this.mode, this.position, this.timing);
		LayerSyntax.add(parts, "bg", this.background);
		LayerSyntax.add(parts, "co", this.fontColor);
		LayerSyntax.add(parts, "ff", (this.fontFamily != null) ? LayerSyntax.fontFamily(this.fontFamily) : null);
		LayerSyntax.add(parts, "fs", this.fontSize);
		LayerSyntax.add(parts, "tg", this.typography.isEmpty() ? null : LayerSyntax.typography(this.typography));
		LayerSyntax.add(parts, "fol", this.fontOutline);
		LayerSyntax.add(parts, "fsh", this.fontShadow);
		return LayerSyntax.layer("subtitles", parts);
	}

	/**
	 * Builds a {@link SubtitleLayer}; unset parameters are left out of the URL.
	 */
	public static final class Builder extends LayerBuilder.Encoded<Builder> {

		private final String input;

		private @Nullable String background;

		private @Nullable String fontColor;

		private @Nullable String fontFamily;

		private @Nullable Integer fontSize;

		private final Set<Layer.Typography> typography = EnumSet.noneOf(Layer.Typography.class);

		private @Nullable String fontOutline;

		private @Nullable String fontShadow;

		private Builder(String input) {
			this.input = input;
		}

		public Builder background(String background) {
			this.background = background;
			return this;
		}

		public Builder fontColor(String fontColor) {
			this.fontColor = fontColor;
			return this;
		}

		public Builder fontFamily(String fontFamily) {
			this.fontFamily = fontFamily;
			return this;
		}

		public Builder fontSize(int fontSize) {
			this.fontSize = fontSize;
			return this;
		}

		public Builder typography(Layer.Typography... styles) {
			Collections.addAll(this.typography, styles);
			return this;
		}

		/**
		 * Outlines the text, written {@code fol-<width>_<colour>}.
		 */
		public Builder fontOutline(int width, String colour) {
			this.fontOutline = LayerSyntax.positive(width, "fontOutline width") + "_"
					+ LayerSyntax.colour(colour, "fontOutline colour");
			return this;
		}

		/**
		 * Shadows the text, written {@code fsh-<colour>_<indent>}.
		 */
		public Builder fontShadow(String colour, int indent) {
			this.fontShadow = LayerSyntax.colour(colour, "fontShadow colour") + "_"
					+ LayerSyntax.positive(indent, "fontShadow indent");
			return this;
		}

		public SubtitleLayer build() {
			return new SubtitleLayer(this.input, this.encoding, this.position, this.timing, this.mode,
					this.background, this.fontColor, this.fontFamily, this.fontSize, this.typography,
					this.fontOutline, this.fontShadow);
		}

	}

}
