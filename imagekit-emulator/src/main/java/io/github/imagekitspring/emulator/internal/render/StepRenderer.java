package io.github.imagekitspring.emulator.internal.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;


/** Applies the steps of a chain to an image, one after the other; what it does not render it names. */
final class StepRenderer {

	private static final Set<String> SUPPORTED = Set.of("w", "h", "ar", "c", "cm", "fo", "x", "y", "xc", "yc", "q",
			"f", "rt", "fl", "bl", "bg", "b", "r", "dpr");

	private static final Set<String> CROPS = Set.of("maintain_ratio", "force", "at_max", "at_max_enlarge",
			"at_least");

	private static final Set<String> CROP_MODES = Set.of("pad_resize", "extract", "pad_extract");

	private static final Set<String> ANCHORS = Set.of("center", "top", "left", "bottom", "right", "top_left",
			"top_right", "bottom_left", "bottom_right");

	private static final Set<String> TEXT_KEYS = Set.of("fs", "co", "bg", "pa", "tg");

	private static final int DEFAULT_FONT_SIZE = 14;

	private final Function<ImageRenderer.Source, BufferedImage> decoder;

	private final Map<String, ImageRenderer.Source> layerFiles;

	private final Set<String> ignored;

	private final long maxPixels;

	StepRenderer(Function<ImageRenderer.Source, BufferedImage> decoder, Map<String, ImageRenderer.Source> layerFiles,
			Set<String> ignored, long maxPixels) {
		this.decoder = decoder;
		this.layerFiles = layerFiles;
		this.ignored = ignored;
		this.maxPixels = maxPixels;
	}

	/** Refuses a canvas over the pixel limit before it is allocated. */
	private int[] sized(long width, long height) {
		if (width * height > this.maxPixels) {
			throw new RenderException("The transformation asks for " + width + "x" + height
					+ " pixels, over the emulator's limit of " + this.maxPixels + " pixels.");
		}
		return new int[] { (int) width, (int) height };
	}

	private BufferedImage scale(BufferedImage image, long width, long height) {
		int[] size = sized(Math.max(1, width), Math.max(1, height));
		return Pictures.scale(image, size[0], size[1]);
	}

	private BufferedImage scaleBy(BufferedImage image, double scale) {
		return scale(image, Math.round(image.getWidth() * scale), Math.round(image.getHeight() * scale));
	}

	BufferedImage apply(List<Chain.Step> steps, BufferedImage image, int baseWidth, int baseHeight) {
		BufferedImage current = image;
		for (Chain.Step step : steps) {
			current = step(step, current, baseWidth, baseHeight);
		}
		return current;
	}

	private BufferedImage step(Chain.Step step, BufferedImage input, int baseWidth, int baseHeight) {
		Map<String, Chain.Param> p = step.params();
		for (Chain.Param param : p.values()) {
			if (!SUPPORTED.contains(param.key())) {
				this.ignored.add(param.token());
			}
		}
		Color background = (p.get("bg") != null) ? colour(p.get("bg")) : null;
		Values.Frame frame = new Values.Frame(input.getWidth(), input.getHeight(), baseWidth, baseHeight);
		BufferedImage image = resize(input, p, frame, background);
		Color fill = (background != null) ? background : new Color(0, 0, 0, 0);
		if (p.get("rt") != null) {
			Chain.Param rt = p.get("rt");
			if (rt.value().equals("auto")) {
				this.ignored.add(rt.token());
			}
			else {
				String degrees = rt.value().startsWith("N") ? "-" + rt.value().substring(1) : rt.value();
				int turn = Values.integer(new Chain.Param("rt", degrees, rt.token()), -360, 360);
				long diagonal = Math.round(Math.hypot(image.getWidth(), image.getHeight()));
				sized(diagonal, diagonal);
				image = Pictures.rotate(image, turn, fill);
			}
		}
		if (p.get("fl") != null) {
			String flip = p.get("fl").value();
			if (!Set.of("h", "v", "h_v", "v_h").contains(flip)) {
				throw Values.invalid(p.get("fl"));
			}
			image = Pictures.flip(image, flip.contains("h"), flip.contains("v"));
		}
		if (p.get("bl") != null) {
			image = Pictures.blur(image, Values.integer(p.get("bl"), 1, 100));
		}
		if (p.get("r") != null) {
			image = radius(image, p.get("r"));
		}
		if (p.get("b") != null) {
			image = border(image, p.get("b"));
		}
		if (background != null) {
			image = Pictures.flatten(image, background);
		}
		for (Chain.Layer layer : step.layers()) {
			image = layer(image, layer);
		}
		return image;
	}

	private BufferedImage resize(BufferedImage image, Map<String, Chain.Param> p, Values.Frame frame,
			Color background) {
		int iw = image.getWidth();
		int ih = image.getHeight();
		Integer w = (p.get("w") != null) ? Values.size(p.get("w"), iw, frame) : null;
		Integer h = (p.get("h") != null) ? Values.size(p.get("h"), ih, frame) : null;
		if (p.get("ar") != null) {
			double ratio = aspectRatio(p.get("ar"));
			if (w != null && h == null) {
				h = Math.max(1, (int) Math.round(w / ratio));
			}
			else if (h != null && w == null) {
				w = Math.max(1, (int) Math.round(h * ratio));
			}
			else {
				this.ignored.add(p.get("ar").token());
			}
		}
		if (p.get("dpr") != null) {
			Chain.Param dpr = p.get("dpr");
			if (dpr.value().equals("auto") || (w == null && h == null)) {
				this.ignored.add(dpr.token());
			}
			else {
				double factor = dpr(dpr);
				w = (w != null) ? Math.max(1, (int) Math.round(w * factor)) : null;
				h = (h != null) ? Math.max(1, (int) Math.round(h * factor)) : null;
			}
		}
		String crop = (p.get("c") != null) ? p.get("c").value() : "maintain_ratio";
		if (!CROPS.contains(crop)) {
			throw Values.invalid(p.get("c"));
		}
		String mode = (p.get("cm") != null) ? p.get("cm").value() : null;
		if (mode != null && !CROP_MODES.contains(mode)) {
			throw Values.invalid(p.get("cm"));
		}
		String anchor = anchor(p.get("fo"));
		if (mode != null && mode.equals("extract")) {
			int cw = (w != null) ? w : iw;
			int ch = (h != null) ? h : ih;
			int x = offset(p, "x", "xc", cw, iw, anchor, true, frame);
			int y = offset(p, "y", "yc", ch, ih, anchor, false, frame);
			return Pictures.crop(image, x, y, cw, ch);
		}
		if (mode != null && mode.equals("pad_extract")) {
			this.ignored.add(p.get("cm").token());
		}
		if (w == null && h == null) {
			return image;
		}
		if (mode != null && mode.equals("pad_resize") && w != null && h != null) {
			double scale = Math.min(w / (double) iw, h / (double) ih);
			sized(w, h);
			BufferedImage fitted = scale(image, Math.round(iw * scale), Math.round(ih * scale));
			int[] at = place(anchor, w, h, fitted.getWidth(), fitted.getHeight());
			return Pictures.canvas(fitted, w, h, at[0], at[1], (background != null) ? background : Color.WHITE);
		}
		double sw = (w != null) ? w / (double) iw : Double.NaN;
		double sh = (h != null) ? h / (double) ih : Double.NaN;
		switch (crop) {
			case "force":
				return scale(image, (w != null) ? w : iw, (h != null) ? h : ih);
			case "at_max":
			case "at_max_enlarge": {
				double scale = (w != null && h != null) ? Math.min(sw, sh) : (w != null) ? sw : sh;
				if (crop.equals("at_max")) {
					scale = Math.min(scale, 1);
				}
				return scaleBy(image, scale);
			}
			case "at_least": {
				double scale = (w != null && h != null) ? Math.max(sw, sh) : (w != null) ? sw : sh;
				return scaleBy(image, scale);
			}
			default: {
				if (w == null || h == null) {
					return scaleBy(image, (w != null) ? sw : sh);
				}
				double scale = Math.max(sw, sh);
				BufferedImage covering = scale(image, Math.max(w, (long) Math.ceil(iw * scale - 1e-9)),
						Math.max(h, (long) Math.ceil(ih * scale - 1e-9)));
				int[] at = place(anchor, covering.getWidth(), covering.getHeight(), w, h);
				return Pictures.crop(covering, at[0], at[1], w, h);
			}
		}
	}

	/** Where a {@code w} x {@code h} box goes in a {@code outerW} x {@code outerH} area for an anchor. */
	private static int[] place(String anchor, int outerW, int outerH, int w, int h) {
		int x = anchor.contains("left") ? 0 : anchor.contains("right") ? outerW - w : (outerW - w) / 2;
		int y = anchor.startsWith("top") ? 0 : anchor.startsWith("bottom") ? outerH - h : (outerH - h) / 2;
		return new int[] { x, y };
	}

	/** The extract offset along one axis: {@code x}/{@code y}, centre {@code xc}/{@code yc}, or the focus. */
	private static int offset(Map<String, Chain.Param> p, String key, String centreKey, int size, int whole,
			String anchor, boolean horizontal, Values.Frame frame) {
		if (p.get(key) != null) {
			return Values.coordinate(p.get(key), frame);
		}
		if (p.get(centreKey) != null) {
			return Values.coordinate(p.get(centreKey), frame) - size / 2;
		}
		int[] at = horizontal ? place(anchor, whole, 1, size, 1) : place(anchor, 1, whole, 1, size);
		return horizontal ? at[0] : at[1];
	}

	private String anchor(Chain.Param focus) {
		if (focus == null) {
			return "center";
		}
		if (ANCHORS.contains(focus.value())) {
			return focus.value();
		}
		this.ignored.add(focus.token());
		return "center";
	}

	private static double aspectRatio(Chain.Param ar) {
		String[] parts = ar.value().split("-");
		try {
			double ratio = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
			if (parts.length != 2 || !(ratio > 0) || Double.isInfinite(ratio)) {
				throw Values.invalid(ar);
			}
			return ratio;
		}
		catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
			throw Values.invalid(ar);
		}
	}

	private static double dpr(Chain.Param dpr) {
		try {
			double factor = Double.parseDouble(dpr.value());
			if (factor < 0.1 || factor > 5) {
				throw Values.invalid(dpr);
			}
			return factor;
		}
		catch (NumberFormatException ex) {
			throw Values.invalid(dpr);
		}
	}

	private Color colour(Chain.Param param) {
		Color colour = Values.colour(param.value(), param);
		if (colour == null) {
			this.ignored.add(param.token());
		}
		return colour;
	}

	private BufferedImage radius(BufferedImage image, Chain.Param r) {
		if (r.value().equals("max")) {
			return Pictures.round(image, Math.min(image.getWidth(), image.getHeight()) / 2.0);
		}
		if (r.value().contains("_")) {
			this.ignored.add(r.token());
			return image;
		}
		return Pictures.round(image, Values.integer(r, 1, 100_000));
	}

	/** {@code b-<width>_<colour>}: a border of that width around the image, which grows by it on each side. */
	private BufferedImage border(BufferedImage image, Chain.Param b) {
		String[] parts = b.value().split("_");
		if (parts.length != 2) {
			throw Values.invalid(b);
		}
		int width = Values.integer(new Chain.Param("b", parts[0], b.token()), 1, 1000);
		Color colour = Values.colour(parts[1], b);
		if (colour == null) {
			this.ignored.add(b.token());
			return image;
		}
		int[] size = sized(image.getWidth() + 2L * width, image.getHeight() + 2L * width);
		return Pictures.canvas(image, size[0], size[1], width, width, colour);
	}

	private BufferedImage layer(BufferedImage base, Chain.Layer layer) {
		BufferedImage overlay;
		switch (layer.type()) {
			case "text" -> overlay = text(layer);
			case "image" -> overlay = image(layer, base);
			default -> {
				this.ignored.add("l-" + layer.type());
				return base;
			}
		}
		for (String key : List.of("lm", "lap", "lso", "leo", "ldu")) {
			if (layer.own().get(key) != null) {
				this.ignored.add(layer.own().get(key).token());
			}
		}
		Values.Frame frame = new Values.Frame(overlay.getWidth(), overlay.getHeight(), base.getWidth(),
				base.getHeight());
		String anchor = anchor(layer.own().get("lfo"));
		int[] centred = place(anchor, base.getWidth(), base.getHeight(), overlay.getWidth(), overlay.getHeight());
		int x = position(layer.own().get("lx"), layer.own().get("lxc"), overlay.getWidth(), base.getWidth(),
				centred[0], frame);
		int y = position(layer.own().get("ly"), layer.own().get("lyc"), overlay.getHeight(), base.getHeight(),
				centred[1], frame);
		BufferedImage composed = Pictures.flatten(base, new Color(0, 0, 0, 0));
		Pictures.draw(composed, overlay, x, y);
		return composed;
	}

	/** {@code lx}/{@code ly} (negative counts from the right or bottom edge), centre {@code lxc}/{@code lyc}. */
	private static int position(Chain.Param edge, Chain.Param centre, int size, int whole, int fallback,
			Values.Frame frame) {
		if (edge != null) {
			int value = Values.coordinate(edge, frame);
			return (value < 0) ? whole - size + value : value;
		}
		if (centre != null) {
			return Values.coordinate(centre, frame) - size / 2;
		}
		return fallback;
	}

	private String input(Chain.Layer layer) {
		Chain.Param plain = layer.own().get("i");
		if (plain != null) {
			return plain.value();
		}
		Chain.Param encoded = layer.own().get("ie");
		if (encoded == null) {
			throw new RenderException("Invalid transformation: the layer l-" + layer.type() + " has no input.");
		}
		try {
			return new String(Base64.getDecoder().decode(encoded.value()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw Values.invalid(encoded);
		}
	}

	private BufferedImage image(Chain.Layer layer, BufferedImage base) {
		String input = input(layer);
		if (layer.own().get("i") != null) {
			input = input.replace("@@", "/");
		}
		if (input.equals("ik_canvas")) {
			Map<String, Chain.Param> first = layer.steps().isEmpty() ? Map.of() : layer.steps().get(0).params();
			Values.Frame frame = new Values.Frame(base.getWidth(), base.getHeight(), base.getWidth(),
					base.getHeight());
			int w = (first.get("w") != null) ? Values.size(first.get("w"), base.getWidth(), frame) : base.getWidth();
			int h = (first.get("h") != null) ? Values.size(first.get("h"), base.getHeight(), frame)
					: base.getHeight();
			Color colour = (first.get("bg") != null) ? colour(first.get("bg")) : null;
			sized(w, h);
			BufferedImage canvas = Pictures.filled(w, h, (colour != null) ? colour : Color.WHITE);
			return apply(layer.steps(), canvas, base.getWidth(), base.getHeight());
		}
		ImageRenderer.Source file = this.layerFiles.get(input);
		if (file == null) {
			throw new RenderException("Invalid transformation: the layer image '" + input + "' does not exist.");
		}
		return apply(layer.steps(), this.decoder.apply(file), base.getWidth(), base.getHeight());
	}

	private BufferedImage text(Chain.Layer layer) {
		String text = input(layer);
		Map<String, Chain.Param> p = layer.steps().isEmpty() ? Map.of() : layer.steps().get(0).params();
		for (Chain.Step step : layer.steps()) {
			for (Chain.Param param : step.params().values()) {
				if (step != layer.steps().get(0) || !TEXT_KEYS.contains(param.key())) {
					this.ignored.add(param.token());
				}
			}
		}
		int size = (p.get("fs") != null) ? Values.integer(p.get("fs"), 1, 1000) : DEFAULT_FONT_SIZE;
		Color colour = (p.get("co") != null) ? colour(p.get("co")) : null;
		Color background = (p.get("bg") != null) ? colour(p.get("bg")) : null;
		int[] padding = padding(p.get("pa"));
		int style = Font.PLAIN;
		if (p.get("tg") != null) {
			for (String part : p.get("tg").value().split("_")) {
				switch (part) {
					case "b" -> style |= Font.BOLD;
					case "i" -> style |= Font.ITALIC;
					case "strikethrough" -> this.ignored.add(p.get("tg").token());
					default -> throw Values.invalid(p.get("tg"));
				}
			}
		}
		Font font = new Font(Font.SANS_SERIF, style, size);
		BufferedImage probe = Pictures.argb(1, 1);
		Graphics2D measure = probe.createGraphics();
		FontMetrics metrics = measure.getFontMetrics(font);
		measure.dispose();
		int width = Math.max(1, metrics.stringWidth(text)) + padding[1] + padding[3];
		int height = metrics.getAscent() + metrics.getDescent() + padding[0] + padding[2];
		sized(width, height);
		BufferedImage image = Pictures.filled(width, height, (background != null) ? background : new Color(0, 0, 0, 0));
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(font);
		g.setColor((colour != null) ? colour : Color.BLACK);
		g.drawString(text, padding[3], padding[0] + metrics.getAscent());
		g.dispose();
		return image;
	}

	/** {@code pa}: one to four {@code _}-separated values, in CSS order (top, right, bottom, left). */
	private static int[] padding(Chain.Param pa) {
		if (pa == null) {
			return new int[4];
		}
		String[] parts = pa.value().split("_");
		if (parts.length > 4) {
			throw Values.invalid(pa);
		}
		int[] values = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			values[i] = Values.integer(new Chain.Param("pa", parts[i], pa.token()), 0, 1000);
		}
		return switch (values.length) {
			case 1 -> new int[] { values[0], values[0], values[0], values[0] };
			case 2 -> new int[] { values[0], values[1], values[0], values[1] };
			case 3 -> new int[] { values[0], values[1], values[2], values[1] };
			default -> values;
		};
	}

}
