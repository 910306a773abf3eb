package io.github.imagekitspring.emulator.internal.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;


/**
 * Renders ImageKit transformations of stored images with the JDK's ImageIO and Java 2D: resizing and the crop
 * modes, format and quality, rotation, flip, blur, background, border, radius, named and chained transformations,
 * and text and image layers. What it does not render it names in {@link Rendered#ignored()}; invalid values fail
 * with a {@link RenderException}. Rendered variants are cached, within a bound.
 * <p>
 * Rendering is CPU work: call it off the event loop.
 */
public final class ImageRenderer {

	/** The most pixels a decoded or rendered image may have (a decompression bomb guard). */
	public static final long DEFAULT_MAX_PIXELS = 25_000_000L;

	private static final Set<String> READABLE = Set.of("image/png", "image/jpeg", "image/gif");

	private final long maxPixels;

	private final RenderCache cache;

	/**
	 * @param maxPixels the most pixels an image may have to be decoded or rendered
	 * @param cacheBytes the most bytes of rendered variants kept
	 */
	public ImageRenderer(long maxPixels, long cacheBytes) {
		this.maxPixels = maxPixels;
		this.cache = new RenderCache(cacheBytes);
	}

	/** An image to render from. */
	public record Source(String key, byte[] bytes, String mime) {
	}

	/** A rendered image: its bytes and type, and the transformations that were not rendered. */
	public record Rendered(byte[] bytes, String mime, List<String> ignored) {
	}

	/** Lookups a chain may need: files used by image layers and named transformations. */
	public interface Assets {

		/** The stored file at this path (leading slash optional), or {@code null}. */
		Source file(String path);

		/** The transformation text of a named transformation, or {@code null}. */
		String named(String name);

	}

	/** Whether images of this type are rendered (PNG, JPEG, GIF); others are served as stored. */
	public static boolean renders(String mime) {
		return READABLE.contains(mime);
	}

	/**
	 * Renders {@code transformation} (decoded text, such as {@code w-300,h-200:rt-90}) of {@code source}.
	 * @throws RenderException for an invalid transformation, a missing layer file or an image over the pixel
	 * limit
	 */
	public Rendered render(Source source, String transformation, String accept, Assets assets) {
		List<Chain.Step> steps = Chain.expandNamed(Chain.parse(transformation), assets::named);
		Map<String, Source> layerFiles = new LinkedHashMap<>();
		collectLayerFiles(steps, assets, layerFiles);
		Set<String> ignored = new LinkedHashSet<>();
		Output output = Output.choose(steps, source.mime(), accept, ignored);
		StringBuilder key = new StringBuilder(source.key()).append('|').append(output.cacheKey()).append('|')
			.append(steps);
		layerFiles.values().forEach((file) -> key.append('|').append(file.key()));
		Rendered cached = this.cache.get(key.toString());
		if (cached != null) {
			return cached;
		}
		BufferedImage image = decode(source);
		StepRenderer renderer = new StepRenderer(this::decode, layerFiles, ignored, this.maxPixels);
		BufferedImage rendered = renderer.apply(steps, image, image.getWidth(), image.getHeight());
		checkPixels(rendered.getWidth(), rendered.getHeight(), "The rendered image");
		Rendered result = new Rendered(output.encode(rendered), output.mime(), List.copyOf(ignored));
		this.cache.put(key.toString(), result);
		return result;
	}

	private static void collectLayerFiles(List<Chain.Step> steps, Assets assets, Map<String, Source> files) {
		for (Chain.Step step : steps) {
			for (Chain.Layer layer : step.layers()) {
				if (layer.type().equals("image") && layer.own().get("i") != null) {
					String path = layer.own().get("i").value().replace("@@", "/");
					if (!path.equals("ik_canvas")) {
						resolve(path, assets, files);
					}
				}
				else if (layer.type().equals("image") && layer.own().get("ie") != null) {
					try {
						resolve(new String(Base64.getDecoder().decode(layer.own().get("ie").value()),
								StandardCharsets.UTF_8), assets, files);
					}
					catch (IllegalArgumentException ex) {
						throw Values.invalid(layer.own().get("ie"));
					}
				}
				collectLayerFiles(layer.steps(), assets, files);
			}
		}
	}

	private static void resolve(String path, Assets assets, Map<String, Source> files) {
		Source file = assets.file(path);
		if (file != null) {
			files.put(path, file);
		}
	}

	/** Decodes the first frame, refusing images over the pixel limit before their pixels are read. */
	BufferedImage decode(Source source) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(source.bytes()))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new RenderException("The file is not an image the emulator can decode.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				checkPixels(reader.getWidth(0), reader.getHeight(0), "The image");
				return Pictures.toArgb(reader.read(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new RenderException("The file cannot be decoded as an image: " + ex.getMessage());
		}
	}

	private void checkPixels(long width, long height, String what) {
		if (width * height > this.maxPixels) {
			throw new RenderException(what + " has " + width + "x" + height + " pixels, over the emulator's limit of "
					+ this.maxPixels + " pixels.");
		}
	}

	/** A least-recently-used map of rendered variants, bounded by their total bytes. */
	private static final class RenderCache {

		private final long maxBytes;

		private final LinkedHashMap<String, Rendered> entries = new LinkedHashMap<>(16, 0.75f, true);

		private long bytes;

		RenderCache(long maxBytes) {
			this.maxBytes = maxBytes;
		}

		synchronized Rendered get(String key) {
			return this.entries.get(key);
		}

		synchronized void put(String key, Rendered rendered) {
			if (rendered.bytes().length > this.maxBytes) {
				return;
			}
			Rendered previous = this.entries.put(key, rendered);
			this.bytes += rendered.bytes().length - ((previous != null) ? previous.bytes().length : 0);
			Iterator<Rendered> eldest = this.entries.values().iterator();
			while (this.bytes > this.maxBytes && eldest.hasNext()) {
				this.bytes -= eldest.next().bytes().length;
				eldest.remove();
			}
		}

	}

}
