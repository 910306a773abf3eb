package io.github.imagekitspring.urls;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Writes and checks the values of ImageKit's layer syntax ({@code l-<type>,...,l-end}). Every check runs when a
 * layer is built, so a bad value fails before any URL exists.
 */
final class LayerSyntax {

	/** Text made only of these goes in as {@code i-} with spaces percent-encoded; anything else as base64. */
	private static final Pattern PLAIN_TEXT = Pattern.compile("[A-Za-z0-9._ -]*");

	/** Likewise for input paths, where {@code /} is written as {@code @@}. */
	private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._/ -]*");

	/** A number, an {@code N}-prefixed negative or an arithmetic expression such as {@code bw_mul_0.5}. */
	private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._]+");

	/** An RGB or RGBA hex code or a colour name. */
	private static final Pattern COLOUR = Pattern.compile("[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8}|[A-Za-z]+");

	private static final Pattern FONT = Pattern.compile("[A-Za-z0-9._/-]+");

	private static final Pattern GRADIENT = Pattern.compile("[A-Za-z0-9._-]+");

	private LayerSyntax() {
	}

	/** A layer of a file, such as {@code l-image,i-logo.png,lx-10,w-100,l-end}. */
	static String fileLayer(String type, String input, Layer.Encoding encoding, Layer.@Nullable Mode mode,
			@Nullable LayerPosition position, @Nullable LayerTiming timing, List<Transformation> transformations) {
		List<String> parts = new ArrayList<>();
		parts.add(pathInput(input, encoding, "input"));
		placement(parts, mode, position, timing);
		String chain = chain(transformations);
		if (!chain.isEmpty()) {
			parts.add(chain);
		}
		return layer(type, parts);
	}

	/** The {@code i-}/{@code ie-} input for text. */
	static String textInput(String text, Layer.Encoding encoding) {
		if (text.isEmpty()) {
			throw new IllegalArgumentException("text must not be empty");
		}
		boolean plain = PLAIN_TEXT.matcher(text).matches();
		if (encoding == Layer.Encoding.PLAIN && !plain) {
			throw new IllegalArgumentException("text with characters other than letters, digits, space, '-', '.' and"
					+ " '_' cannot be sent as plain i-; use Encoding.AUTO or Encoding.BASE64, was '" + text + "'");
		}
		if (plain && encoding != Layer.Encoding.BASE64) {
			return "i-" + text.replace(" ", "%20");
		}
		return "ie-" + base64(text);
	}

	/**
	 * The {@code i-}/{@code ie-} input for a file path: leading, trailing and repeated slashes dropped, then
	 * {@code /} written as {@code @@} for plain input.
	 */
	static String pathInput(String path, Layer.Encoding encoding, String name) {
		String trimmed = trimSlashes(path);
		if (trimmed.isBlank()) {
			throw new IllegalArgumentException(name + " must name a file, was '" + path + "'");
		}
		boolean plain = PLAIN_PATH.matcher(trimmed).matches();
		if (encoding == Layer.Encoding.PLAIN && !plain) {
			throw new IllegalArgumentException(name + " with characters other than letters, digits, space, '/', '-',"
					+ " '.' and '_' cannot be sent as plain i-; use Encoding.AUTO or Encoding.BASE64, was '" + path
					+ "'");
		}
		if (plain && encoding != Layer.Encoding.BASE64) {
			return "i-" + trimmed.replace("/", "@@").replace(" ", "%20");
		}
		return "ie-" + base64(trimmed);
	}

	/** A font name or the path of a custom font file, with {@code /} written as {@code @@}. */
	static String fontFamily(String fontFamily) {
		String trimmed = trimSlashes(fontFamily);
		if (!FONT.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("fontFamily must be a font name or a font file path of letters, digits,"
					+ " '/', '-', '.' and '_', was '" + fontFamily + "'");
		}
		return trimmed.replace("/", "@@");
	}

	static String value(String value, String name) {
		if (!VALUE.matcher(value).matches()) {
			throw new IllegalArgumentException(name + " must be a number, an N-prefixed negative number or an"
					+ " arithmetic expression such as bw_mul_0.5, was '" + value + "'");
		}
		return value;
	}

	/** ImageKit writes negative numbers with a leading {@code N}. */
	static String signed(int value) {
		return (value < 0) ? "N" + Math.abs((long) value) : Integer.toString(value);
	}

	static String positive(int value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
		return Integer.toString(value);
	}

	static String seconds(double seconds, String name) {
		if (!(seconds >= 0) || Double.isInfinite(seconds)) {
			throw new IllegalArgumentException(name + " must be zero or more seconds, was " + seconds);
		}
		BigDecimal decimal = BigDecimal.valueOf(seconds).stripTrailingZeros();
		if (decimal.scale() > 2) {
			throw new IllegalArgumentException(name + " takes at most two decimal places, was " + seconds);
		}
		return decimal.toPlainString();
	}

	static String alpha(int alpha) {
		if (alpha < 1 || alpha > 9) {
			throw new IllegalArgumentException("alpha must be 1 to 9, was " + alpha);
		}
		return Integer.toString(alpha);
	}

	static String colour(String colour, String name) {
		if (!COLOUR.matcher(colour).matches()) {
			throw new IllegalArgumentException(name + " must be an RGB or RGBA hex code such as FF0000 or FF000080,"
					+ " or a colour name, was '" + colour + "'");
		}
		return colour;
	}

	static String gradient(String gradient) {
		if (!GRADIENT.matcher(gradient).matches()) {
			throw new IllegalArgumentException("gradient must be written in ImageKit's gradient syntax, such as"
					+ " ld-top_from-green_to-00FF0010_sp-1, was '" + gradient + "'");
		}
		return gradient;
	}

	static String typography(Set<Layer.Typography> typography) {
		List<String> styles = new ArrayList<>();
		for (Layer.Typography style : Layer.Typography.values()) {
			if (typography.contains(style)) {
				styles.add(style.value());
			}
		}
		return String.join("_", styles);
	}

	static void add(List<String> parts, String key, @Nullable Object value) {
		if (value != null) {
			parts.add(key + "-" + value);
		}
	}

	/** Position, then timing: the order of the official SDKs. */
	static void placement(List<String> parts, Layer.@Nullable Mode mode, @Nullable LayerPosition position,
			@Nullable LayerTiming timing) {
		if (mode != null) {
			parts.add("lm-" + mode.value());
		}
		if (position != null) {
			add(parts, "lx", position.x());
			add(parts, "ly", position.y());
			add(parts, "lxc", position.xCenter());
			add(parts, "lyc", position.yCenter());
			add(parts, "lap", (position.anchorPoint() != null) ? position.anchorPoint().value() : null);
			add(parts, "lfo", (position.focus() != null) ? position.focus().value() : null);
		}
		if (timing != null) {
			add(parts, "lso", timing.start());
			add(parts, "leo", timing.end());
			add(parts, "ldu", timing.duration());
		}
	}

	/** Steps of a layer's own chain are joined with {@code :} inside the layer, as in the URL's chain. */
	static String chain(List<Transformation> transformations) {
		List<String> steps = new ArrayList<>();
		for (Transformation transformation : transformations) {
			String step = transformation.toStepString();
			if (!step.isEmpty()) {
				steps.add(step);
			}
		}
		return String.join(":", steps);
	}

	static String layer(String type, List<String> parts) {
		return "l-" + type + "," + String.join(",", parts) + ",l-end";
	}

	private static String trimSlashes(String path) {
		String collapsed = path.replaceAll("/{2,}", "/");
		int start = collapsed.startsWith("/") ? 1 : 0;
		int end = (collapsed.length() > start && collapsed.endsWith("/")) ? collapsed.length() - 1
				: collapsed.length();
		return collapsed.substring(start, end);
	}

	/** Standard base64 of the UTF-8 bytes, percent-encoded so {@code +}, {@code /} and {@code =} survive a URL. */
	private static String base64(String text) {
		String encoded = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
		return encoded.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
	}

}
