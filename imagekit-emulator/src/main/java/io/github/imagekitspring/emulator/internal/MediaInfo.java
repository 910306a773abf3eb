package io.github.imagekitspring.emulator.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** What the emulator can tell about uploaded bytes: format, MIME type and, for raster images, size and alpha. */
record MediaInfo(String format, String mime, boolean image, Integer width, Integer height, boolean hasAlpha) {

	private static final Map<String, String> MIME_BY_EXTENSION = Map.ofEntries(Map.entry("jpg", "image/jpeg"),
			Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"),
			Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("svg", "image/svg+xml"),
			Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("css", "text/css"),
			Map.entry("js", "application/javascript"), Map.entry("json", "application/json"),
			Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"),
			Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"));

	/**
	 * Sniffs the content first (PNG, JPEG, GIF via ImageIO; {@code input} is a {@code File} or an
	 * {@code InputStream}) and falls back to the file name's extension.
	 */
	static MediaInfo of(Object input, String fileName) {
		try (ImageInputStream in = ImageIO.createImageInputStream(input)) {
			Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : java.util.Collections.emptyIterator();
			if (readers.hasNext()) {
				ImageReader reader = readers.next();
				try {
					reader.setInput(in);
					String format = reader.getFormatName().toLowerCase(Locale.ROOT);
					format = format.equals("jpeg") ? "jpg" : format;
					int width = reader.getWidth(0);
					int height = reader.getHeight(0);
					boolean alpha = false;
					try {
						BufferedImage img = reader.read(0);
						alpha = img.getColorModel().hasAlpha();
					}
					catch (IOException | RuntimeException ex) {
						// Dimensions are enough; a truncated body only loses the alpha flag.
					}
					return new MediaInfo(format, MIME_BY_EXTENSION.getOrDefault(format, "image/" + format), true, width, height, alpha);
				}
				finally {
					reader.dispose();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not a readable raster image: fall through to the extension.
		}
		int dot = fileName.lastIndexOf('.');
		String ext = (dot >= 0) ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		String mime = MIME_BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
		return new MediaInfo(ext.isEmpty() ? "unknown" : ext.equals("jpeg") ? "jpg" : ext, mime, mime.startsWith("image/"), null, null, false);
	}

}
