package io.github.imagekitspring.emulator.internal.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Pixel operations on ARGB images; each returns a new image. */
final class Pictures {

	private Pictures() {
	}

	static BufferedImage argb(int width, int height) {
		return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
	}

	static BufferedImage toArgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
			return image;
		}
		BufferedImage copy = argb(image.getWidth(), image.getHeight());
		Graphics2D g = copy.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return copy;
	}

	static BufferedImage scale(BufferedImage image, int width, int height) {
		if (width == image.getWidth() && height == image.getHeight()) {
			return image;
		}
		BufferedImage scaled = argb(width, height);
		Graphics2D g = scaled.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(image, 0, 0, width, height, null);
		g.dispose();
		return scaled;
	}

	/** The {@code width} x {@code height} region at ({@code x}, {@code y}), clamped to the image. */
	static BufferedImage crop(BufferedImage image, int x, int y, int width, int height) {
		int w = Math.min(width, image.getWidth());
		int h = Math.min(height, image.getHeight());
		int left = Math.max(0, Math.min(x, image.getWidth() - w));
		int top = Math.max(0, Math.min(y, image.getHeight() - h));
		BufferedImage region = argb(w, h);
		Graphics2D g = region.createGraphics();
		g.drawImage(image, -left, -top, null);
		g.dispose();
		return region;
	}

	/** The image on a {@code width} x {@code height} canvas of {@code background}, at ({@code x}, {@code y}). */
	static BufferedImage canvas(BufferedImage image, int width, int height, int x, int y, Color background) {
		BufferedImage canvas = filled(width, height, background);
		Graphics2D g = canvas.createGraphics();
		g.drawImage(image, x, y, null);
		g.dispose();
		return canvas;
	}

	static BufferedImage filled(int width, int height, Color colour) {
		BufferedImage canvas = argb(width, height);
		Graphics2D g = canvas.createGraphics();
		g.setComposite(AlphaComposite.Src);
		g.setColor(colour);
		g.fillRect(0, 0, width, height);
		g.dispose();
		return canvas;
	}

	/** Draws {@code layer} over {@code base} at ({@code x}, {@code y}). */
	static void draw(BufferedImage base, BufferedImage layer, int x, int y) {
		Graphics2D g = base.createGraphics();
		g.drawImage(layer, x, y, null);
		g.dispose();
	}

	/** Clockwise by {@code degrees}; other than quarter turns the canvas grows and the corners take the fill. */
	static BufferedImage rotate(BufferedImage image, int degrees, Color fill) {
		int turn = Math.floorMod(degrees, 360);
		if (turn == 0) {
			return image;
		}
		double radians = Math.toRadians(turn);
		double sin = Math.abs(Math.sin(radians));
		double cos = Math.abs(Math.cos(radians));
		int w = image.getWidth();
		int h = image.getHeight();
		int width = (int) Math.round(w * cos + h * sin);
		int height = (int) Math.round(w * sin + h * cos);
		BufferedImage rotated = filled(width, height, fill);
		Graphics2D g = rotated.createGraphics();
		if (turn % 90 != 0) {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		}
		AffineTransform transform = new AffineTransform();
		transform.translate(width / 2.0, height / 2.0);
		transform.rotate(radians);
		transform.translate(-w / 2.0, -h / 2.0);
		g.drawImage(image, transform, null);
		g.dispose();
		return rotated;
	}

	static BufferedImage flip(BufferedImage image, boolean horizontal, boolean vertical) {
		int w = image.getWidth();
		int h = image.getHeight();
		BufferedImage flipped = argb(w, h);
		Graphics2D g = flipped.createGraphics();
		g.drawImage(image, horizontal ? w : 0, vertical ? h : 0, horizontal ? 0 : w, vertical ? 0 : h, 0, 0, w, h,
				null);
		g.dispose();
		return flipped;
	}

	/** A Gaussian blur with clamped edges, two separable passes. */
	static BufferedImage blur(BufferedImage image, int radius) {
		float[] kernel = gaussian(radius);
		int w = image.getWidth();
		int h = image.getHeight();
		int[] source = image.getRGB(0, 0, w, h, null, 0, w);
		int[] pass = new int[source.length];
		convolve(source, pass, w, h, kernel, true);
		convolve(pass, source, w, h, kernel, false);
		BufferedImage blurred = argb(w, h);
		blurred.setRGB(0, 0, w, h, source, 0, w);
		return blurred;
	}

	private static float[] gaussian(int radius) {
		float sigma = Math.max(radius / 2f, 0.5f);
		float[] kernel = new float[radius * 2 + 1];
		float sum = 0;
		for (int i = -radius; i <= radius; i++) {
			float weight = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
			kernel[i + radius] = weight;
			sum += weight;
		}
		for (int i = 0; i < kernel.length; i++) {
			kernel[i] /= sum;
		}
		return kernel;
	}

	private static void convolve(int[] in, int[] out, int w, int h, float[] kernel, boolean horizontal) {
		int radius = kernel.length / 2;
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				float a = 0;
				float r = 0;
				float gr = 0;
				float b = 0;
				for (int k = -radius; k <= radius; k++) {
					int sx = horizontal ? Math.max(0, Math.min(w - 1, x + k)) : x;
					int sy = horizontal ? y : Math.max(0, Math.min(h - 1, y + k));
					int pixel = in[sy * w + sx];
					float weight = kernel[k + radius];
					a += ((pixel >>> 24) & 0xFF) * weight;
					r += ((pixel >> 16) & 0xFF) * weight;
					gr += ((pixel >> 8) & 0xFF) * weight;
					b += (pixel & 0xFF) * weight;
				}
				out[y * w + x] = (Math.round(a) << 24) | (Math.round(r) << 16) | (Math.round(gr) << 8) | Math.round(b);
			}
		}
	}

	/** Rounded corners: outside them the image becomes transparent. */
	static BufferedImage round(BufferedImage image, double radius) {
		int w = image.getWidth();
		int h = image.getHeight();
		BufferedImage rounded = argb(w, h);
		Graphics2D g = rounded.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fill(new RoundRectangle2D.Double(0, 0, w, h, radius * 2, radius * 2));
		g.setComposite(AlphaComposite.SrcIn);
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return rounded;
	}

	/** The image over a solid background, so no transparency is left. */
	static BufferedImage flatten(BufferedImage image, Color background) {
		BufferedImage flat = filled(image.getWidth(), image.getHeight(), background);
		draw(flat, image, 0, 0);
		return flat;
	}

}
