package io.github.imagekitspring.urls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One step of a transformation chain, such as {@code w-300,h-200}. Steps of a chain are joined with {@code :}.
 * <p>
 * Common parameters are typed; anything else goes through {@link Builder#parameter(String, String)} (a
 * {@code key-value} pair) or {@link Builder#raw(String)} (appended as given). Values are put into the URL as given,
 * as the official SDKs do; ImageKit's transformation syntax uses only URL-safe characters. Overlays are typed
 * {@link Layer}s added with {@link Builder#layer(Layer)}; they encode their own text and paths.
 *
 * @param width {@code w}: pixels, a fraction such as {@code 0.4}, or an expression such as {@code iw_div_2}
 * @param height {@code h}
 * @param aspectRatio {@code ar}, such as {@code 4-3}
 * @param quality {@code q}, 1 to 100
 * @param format {@code f}
 * @param crop {@code c}
 * @param cropMode {@code cm}
 * @param focus {@code fo}, such as {@code center}, {@code face} or {@code custom}
 * @param radius {@code r}, a number or {@code max}
 * @param background {@code bg}, a colour, {@code blurred} or {@code genfill}
 * @param blur {@code bl}, 1 to 100
 * @param rotation {@code rt}, degrees, {@code N40} or {@code auto}
 * @param flip {@code fl}
 * @param named {@code n}, a named transformation
 * @param progressive {@code pr}
 * @param lossless {@code lo}
 * @param trim {@code t}, {@code true} or a threshold 1 to 99
 * @param dpr {@code dpr}, 0.1 to 5 or {@code auto}
 * @param defaultImage {@code di}, a fallback image path; slashes are written as {@code @@}
 * @param original {@code orig}
 * @param parameters further {@code key-value} pairs, in order
 * @param raw appended to the step as given
 * @param layers overlays, written after everything else in the step
 */
public record Transformation(@Nullable String width, @Nullable String height, @Nullable String aspectRatio,
		@Nullable Integer quality, @Nullable Format format, @Nullable Crop crop, @Nullable CropMode cropMode,
		@Nullable String focus, @Nullable String radius, @Nullable String background, @Nullable Integer blur,
		@Nullable String rotation, @Nullable Flip flip, @Nullable String named, @Nullable Boolean progressive,
		@Nullable Boolean lossless, @Nullable String trim, @Nullable String dpr, @Nullable String defaultImage,
		@Nullable Boolean original, Map<String, String> parameters, @Nullable String raw, List<Layer> layers) {

	public Transformation {
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		layers = List.copyOf(layers);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * This step as transformation text, such as {@code w-300,h-200,c-at_max}. Empty when nothing is set.
	 */
	public String toStepString() {
		List<String> parts = new ArrayList<>();
		add(parts, "w", this.width);
		add(parts, "h", this.height);
		add(parts, "ar", this.aspectRatio);
		add(parts, "q", this.quality);
		add(parts, "f", (this.format != null) ? this.format.value : null);
		add(parts, "c", (this.crop != null) ? this.crop.value : null);
		add(parts, "cm", (this.cropMode != null) ? this.cropMode.value : null);
		add(parts, "fo", this.focus);
		add(parts, "r", this.radius);
		add(parts, "bg", this.background);
		add(parts, "bl", this.blur);
		add(parts, "rt", this.rotation);
		add(parts, "fl", (this.flip != null) ? this.flip.value : null);
		add(parts, "n", this.named);
		add(parts, "pr", this.progressive);
		add(parts, "lo", this.lossless);
		add(parts, "t", this.trim);
		add(parts, "dpr", this.dpr);
		add(parts, "di", (this.defaultImage != null) ? pathValue(this.defaultImage) : null);
		add(parts, "orig", this.original);
		this.parameters.forEach((key, value) -> add(parts, key, value));
		if (this.raw != null && !this.raw.isEmpty()) {
			parts.add(this.raw);
		}
		for (Layer layer : this.layers) {
			parts.add(layer.toLayerString());
		}
		return String.join(",", parts);
	}

	private static void add(List<String> parts, String key, @Nullable Object value) {
		if (value != null) {
			parts.add(key + "-" + value);
		}
	}

	private static String pathValue(String path) {
		String trimmed = path;
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed.replace("/", "@@");
	}

	/** Output format, {@code f}. */
	public enum Format {

		AUTO("auto"), WEBP("webp"), JPG("jpg"), JPEG("jpeg"), PNG("png"), GIF("gif"), SVG("svg"), MP4("mp4"),
		WEBM("webm"), AVIF("avif"), ORIGINAL("orig");

		private final String value;

		Format(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	/** Mirroring, {@code fl}: horizontal, vertical or both. */
	public enum Flip {

		H("h"), V("v"), H_V("h_v");

		private final String value;

		Flip(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	/** Crop strategy, {@code c}. */
	public enum Crop {

		FORCE("force"), AT_MAX("at_max"), AT_MAX_ENLARGE("at_max_enlarge"), AT_LEAST("at_least"),
		MAINTAIN_RATIO("maintain_ratio"), MAINTAIN_RATIO_NO_ENLARGE("maintain_ratio_no_enlarge");

		private final String value;

		Crop(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	/** Crop mode, {@code cm}. */
	public enum CropMode {

		PAD_RESIZE("pad_resize"), EXTRACT("extract"), PAD_EXTRACT("pad_extract"),
		PAD_RESIZE_NO_ENLARGE("pad_resize_no_enlarge"), PAD_EXTRACT_NO_SHRINK("pad_extract_no_shrink");

		private final String value;

		CropMode(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	/**
	 * Builds a {@link Transformation}; unset parameters are left out of the URL.
	 */
	public static final class Builder {

		private @Nullable String width;

		private @Nullable String height;

		private @Nullable String aspectRatio;

		private @Nullable Integer quality;

		private @Nullable Format format;

		private @Nullable Crop crop;

		private @Nullable CropMode cropMode;

		private @Nullable String focus;

		private @Nullable String radius;

		private @Nullable String background;

		private @Nullable Integer blur;

		private @Nullable String rotation;

		private @Nullable Flip flip;

		private @Nullable String named;

		private @Nullable Boolean progressive;

		private @Nullable Boolean lossless;

		private @Nullable String trim;

		private @Nullable String dpr;

		private @Nullable String defaultImage;

		private @Nullable Boolean original;

		private final Map<String, String> parameters = new LinkedHashMap<>();

		private @Nullable String raw;

		private final List<Layer> layers = new ArrayList<>();

		private Builder() {
		}

		public Builder width(int width) {
			return width(Integer.toString(width));
		}

		public Builder width(String width) {
			this.width = width;
			return this;
		}

		public Builder height(int height) {
			return height(Integer.toString(height));
		}

		public Builder height(String height) {
			this.height = height;
			return this;
		}

		public Builder aspectRatio(String aspectRatio) {
			this.aspectRatio = aspectRatio;
			return this;
		}

		public Builder quality(int quality) {
			this.quality = quality;
			return this;
		}

		public Builder format(Format format) {
			this.format = format;
			return this;
		}

		public Builder crop(Crop crop) {
			this.crop = crop;
			return this;
		}

		public Builder cropMode(CropMode cropMode) {
			this.cropMode = cropMode;
			return this;
		}

		public Builder focus(String focus) {
			this.focus = focus;
			return this;
		}

		public Builder radius(int radius) {
			return radius(Integer.toString(radius));
		}

		public Builder radius(String radius) {
			this.radius = radius;
			return this;
		}

		public Builder background(String background) {
			this.background = background;
			return this;
		}

		public Builder blur(int blur) {
			this.blur = blur;
			return this;
		}

		public Builder rotation(int degrees) {
			return rotation(Integer.toString(degrees));
		}

		public Builder rotation(String rotation) {
			this.rotation = rotation;
			return this;
		}

		public Builder flip(Flip flip) {
			this.flip = flip;
			return this;
		}

		public Builder named(String named) {
			this.named = named;
			return this;
		}

		public Builder progressive(boolean progressive) {
			this.progressive = progressive;
			return this;
		}

		public Builder lossless(boolean lossless) {
			this.lossless = lossless;
			return this;
		}

		public Builder trim(boolean trim) {
			return trim(Boolean.toString(trim));
		}

		public Builder trim(String trim) {
			this.trim = trim;
			return this;
		}

		public Builder dpr(String dpr) {
			this.dpr = dpr;
			return this;
		}

		public Builder defaultImage(String defaultImage) {
			this.defaultImage = defaultImage;
			return this;
		}

		public Builder original(boolean original) {
			this.original = original;
			return this;
		}

		/**
		 * Adds a {@code key-value} parameter that has no typed setter, such as {@code parameter("e-sharpen", "10")}.
		 */
		public Builder parameter(String key, String value) {
			if (key.isBlank()) {
				throw new IllegalArgumentException("parameter key must not be blank");
			}
			this.parameters.put(key, value);
			return this;
		}

		/**
		 * Appends {@code raw} to the step as given, such as {@code e-grayscale}.
		 */
		public Builder raw(String raw) {
			this.raw = raw;
			return this;
		}

		/**
		 * Adds an overlay to this step; a step may hold several.
		 */
		public Builder layer(Layer layer) {
			this.layers.add(layer);
			return this;
		}

		public Transformation build() {
			return new Transformation(this.width, this.height, this.aspectRatio, this.quality, this.format, this.crop,
					this.cropMode, this.focus, this.radius, this.background, this.blur, this.rotation, this.flip,
					this.named, this.progressive, this.lossless, this.trim, this.dpr, this.defaultImage, this.original,
					this.parameters, this.raw, this.layers);
		}

	}

}
