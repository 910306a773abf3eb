package io.github.imagekitspring.emulator.internal.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
/**
 * The format and quality a rendered image is written in: {@code f} and {@code q} of the chain (the last one wins),
 * {@code f-auto} by the request's {@code Accept}, otherwise the original's format.
 *
 * @param format the ImageIO format name: {@code jpeg}, {@code png}, {@code gif} or {@code webp}
 * @param quality JPEG quality, 1 to 100
 */
record Output(String format, int quality) {

	private static final int DEFAULT_QUALITY = 80;

	static Output choose(List<Chain.Step> steps, String sourceMime, String accept, Set<String> ignored) {
		String format = switch (sourceMime) {
			case "image/jpeg" -> "jpeg";
			case "image/gif" -> "gif";
			default -> "png";
		};
		String original = format;
		int quality = DEFAULT_QUALITY;
		for (Chain.Step step : steps) {
			Chain.Param f = step.params().get("f");
			if (f != null) {
				format = switch (f.value()) {
					case "jpg", "jpeg" -> "jpeg";
					case "png" -> "png";
					case "gif" -> "gif";
					case "orig" -> original;
					case "webp", "avif" -> {
						if (writable(f.value())) {
							yield f.value();
						}
						ignored.add(f.token());
						yield format;
					}
					case "auto" -> auto(accept, original);
					case "svg", "mp4", "webm" -> {
						ignored.add(f.token());
						yield format;
					}
					default -> throw Values.invalid(f);
				};
			}
			Chain.Param q = step.params().get("q");
			if (q != null) {
				quality = Values.integer(q, 1, 100);
			}
		}
		return new Output(format, quality);
	}

	private static String auto(String accept, String original) {
		String accepted = (accept != null) ? accept : "";
		for (String candidate : List.of("avif", "webp")) {
			if (accepted.contains("image/" + candidate) && writable(candidate)) {
				return candidate;
			}
		}
		return original;
	}

	private static boolean writable(String format) {
		return ImageIO.getImageWritersByFormatName(format).hasNext();
	}

	String mime() {
		return "image/" + this.format;
	}

	byte[] encode(BufferedImage image) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			if (this.format.equals("png") || this.format.equals("gif")) {
				ImageIO.write(image, this.format, bytes);
				return bytes.toByteArray();
			}
			BufferedImage opaque = image;
			if (this.format.equals("jpeg")) {
				opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				opaque.createGraphics().drawImage(Pictures.flatten(image, Color.WHITE), 0, 0, null);
			}
			Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(this.format);
			ImageWriter writer = writers.next();
			try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
				writer.setOutput(out);
				ImageWriteParam param = writer.getDefaultWriteParam();
				if (param.canWriteCompressed()) {
					param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
					if (param.getCompressionType() == null) {
						param.setCompressionType(param.getCompressionTypes()[0]);
					}
					param.setCompressionQuality(this.quality / 100f);
				}
				writer.write(null, new IIOImage(opaque, null, null), param);
			}
			finally {
				writer.dispose();
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Quality matters only to the lossy formats; the others share a cache entry whatever the {@code q}. */
	String cacheKey() {
		return this.format.equals("png") || this.format.equals("gif") ? this.format : this.format + this.quality;
	}

}
