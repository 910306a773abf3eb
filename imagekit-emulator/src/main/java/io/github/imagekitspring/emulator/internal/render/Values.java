package io.github.imagekitspring.emulator.internal.render;

import java.awt.Color;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** Parses transformation values: sizes, coordinates and colours. */
final class Values {

	private static final Pattern NUMBER = Pattern.compile("N?\\d+(\\.\\d+)?");

	private static final Pattern EXPRESSION = Pattern
		.compile("(iw|ih|bw|bh|cw|ch)(?:_(mul|div|add|sub)_(\\d+(?:\\.\\d+)?))?");

	private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8}");

	private static final Map<String, Color> NAMES = Map.ofEntries(Map.entry("white", Color.WHITE),
			Map.entry("black", Color.BLACK), Map.entry("red", Color.RED), Map.entry("green", new Color(0, 128, 0)),
			Map.entry("lime", Color.GREEN), Map.entry("blue", Color.BLUE), Map.entry("yellow", Color.YELLOW),
			Map.entry("cyan", Color.CYAN), Map.entry("magenta", Color.MAGENTA), Map.entry("gray", Color.GRAY),
			Map.entry("grey", Color.GRAY), Map.entry("orange", new Color(255, 165, 0)),
			Map.entry("purple", new Color(128, 0, 128)), Map.entry("transparent", new Color(0, 0, 0, 0)));

	/** The sizes an expression may name: input, base (parent) and current layer width and height. */
	record Frame(int iw, int ih, int bw, int bh) {
	}

	private Values() {
	}

	static RenderException invalid(Chain.Param param) {
		return new RenderException("Invalid transformation: '" + param.token() + "' has an invalid value.");
	}

	/**
	 * A size in pixels: a whole number, a fraction below 1 of {@code relativeTo}, or an expression such as
	 * {@code bw_mul_0.5}.
	 */
	static int size(Chain.Param param, int relativeTo, Frame frame) {
		double value = number(param, frame);
		if (value < 0) {
			throw invalid(param);
		}
		long pixels = (value > 0 && value < 1) ? Math.round(value * relativeTo) : Math.round(value);
		if (pixels < 1 || pixels > 100_000) {
			throw invalid(param);
		}
		return (int) pixels;
	}

	/** A coordinate: a number, {@code N}-prefixed when negative, or an expression. */
	static int coordinate(Chain.Param param, Frame frame) {
		return (int) Math.round(number(param, frame));
	}

	private static double number(Chain.Param param, Frame frame) {
		String value = param.value();
		if (NUMBER.matcher(value).matches()) {
			return value.startsWith("N") ? -Double.parseDouble(value.substring(1)) : Double.parseDouble(value);
		}
		Matcher expression = EXPRESSION.matcher(value);
		if (!expression.matches()) {
			throw invalid(param);
		}
		double base = switch (expression.group(1)) {
			case "iw", "cw" -> frame.iw();
			case "ih", "ch" -> frame.ih();
			case "bw" -> frame.bw();
			default -> frame.bh();
		};
		if (expression.group(2) == null) {
			return base;
		}
		double operand = Double.parseDouble(expression.group(3));
		return switch (expression.group(2)) {
			case "mul" -> base * operand;
			case "div" -> {
				if (operand == 0) {
					throw invalid(param);
				}
				yield base / operand;
			}
			case "add" -> base + operand;
			default -> base - operand;
		};
	}

	/** A whole number within bounds. */
	static int integer(Chain.Param param, int min, int max) {
		try {
			int value = Integer.parseInt(param.value());
			if (value < min || value > max) {
				throw invalid(param);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw invalid(param);
		}
	}

	/**
	 * An RGB or RGBA hex colour (the last two digits of RGBA are opacity from {@code 00} to {@code 99}) or a
	 * colour name; {@code null} for a name the emulator does not know.
	 */
	static Color colour(String value, Chain.Param param) {
		if (HEX.matcher(value).matches()) {
			int rgb = Integer.parseInt(value.substring(0, 6), 16);
			if (value.length() == 6) {
				return new Color(rgb);
			}
			String alpha = value.substring(6);
			if (!alpha.chars().allMatch(Character::isDigit)) {
				throw invalid(param);
			}
			int opacity = Integer.parseInt(alpha);
			return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, Math.round(opacity * 255 / 99f));
		}
		if (!value.chars().allMatch(Character::isLetter)) {
			throw invalid(param);
		}
		return NAMES.get(value.toLowerCase(java.util.Locale.ROOT));
	}

}
