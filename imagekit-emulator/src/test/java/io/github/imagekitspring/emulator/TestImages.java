package io.github.imagekitspring.emulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Real image bytes made with ImageIO, so dimension detection is exercised end to end. */
final class TestImages {

	private TestImages() {
	}

	static byte[] png(int width, int height) {
		return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	static byte[] jpeg(int width, int height) {
		return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
