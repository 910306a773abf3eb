package io.github.imagekitspring.samples.gallery;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Small generated PNGs, so the gallery has something to show without shipping binary files. Drawn without text, so
 * no font has to be installed.
 */
public final class DemoImages {

	/**
	 * A named picture: a gradient sky from {@code top} to {@code bottom} with a disc of {@code sun}.
	 *
	 * @param name the file name
	 * @param top the colour at the top
	 * @param bottom the colour at the bottom
	 * @param sun the colour of the disc
	 */
	public record DemoImage(String name, Color top, Color bottom, Color sun) {

		/**
		 * Draws it.
		 * @param width the width in pixels
		 * @param height the height in pixels
		 * @return PNG bytes
		 */
		public byte[] png(int width, int height) {
			BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				g.setPaint(new GradientPaint(0, 0, this.top, 0, height, this.bottom));
				g.fillRect(0, 0, width, height);
				g.setColor(this.sun);
				int d = Math.min(width, height) / 3;
				g.fillOval(width / 2 - d / 2, height / 3 - d / 2, d, d);
				g.setColor(this.bottom.darker().darker());
				g.fillPolygon(new int[] { 0, width / 3, width / 2, 3 * width / 4, width, width, 0 },
						new int[] { height * 4 / 5, height * 3 / 5, height * 7 / 10, height / 2, height * 3 / 4, height, height },
						7);
			}
			finally {
				g.dispose();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				ImageIO.write(image, "png", out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

	/** The pictures the gallery starts with. */
	public static final List<DemoImage> ALL = List.of(
			new DemoImage("sunset.png", new Color(0x2B1B4F), new Color(0xF28C38), new Color(0xFFD966)),
			new DemoImage("ocean.png", new Color(0x0B3D91), new Color(0x4FC3F7), new Color(0xFFFFFF)),
			new DemoImage("forest.png", new Color(0x9CCC65), new Color(0x1B5E20), new Color(0xFFF59D)),
			new DemoImage("desert.png", new Color(0x81D4FA), new Color(0xD7A15A), new Color(0xFFEB3B)),
			new DemoImage("aurora.png", new Color(0x0D1B2A), new Color(0x2EC4B6), new Color(0xE0FBFC)));

	private DemoImages() {
	}

}
