package io.github.imagekitspring.emulator.internal.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pixel size, format and pixel colours of rendered transformations. The base image is 480x320: its left half red,
 * its right half blue, so crops and positions show in the colours of a few pixels.
 */
class ImageRendererTest {

	private static final int RED = 0xFFFF0000;

	private static final int BLUE = 0xFF0000FF;

	private static final int GREEN = 0xFF00FF00;

	private static final ImageRenderer.Source HALVES = new ImageRenderer.Source("halves", png(halves(480, 320)),
			"image/png");

	private static final ImageRenderer.Source LOGO = new ImageRenderer.Source("logo", png(solid(20, 20, GREEN)),
			"image/png");

	private final ImageRenderer renderer = new ImageRenderer(ImageRenderer.DEFAULT_MAX_PIXELS, 1 << 20);

	private final ImageRenderer.Assets assets = new ImageRenderer.Assets() {

		@Override
		public ImageRenderer.Source file(String path) {
			return path.equals("brand/logo.png") ? LOGO : null;
		}

		@Override
		public String named(String name) {
			return Map.of("thumb", "w-100,h-100", "wide", "tr:w-200:n-thumb").get(name);
		}

	};

	private ImageRenderer.Rendered render(ImageRenderer.Source source, String transformation) {
		return this.renderer.render(source, transformation, null, this.assets);
	}

	private BufferedImage image(String transformation) {
		return decode(render(HALVES, transformation));
	}

	@Test
	void widthOrHeightAloneKeepsTheAspectRatio() {
		assertSize(image("w-240"), 240, 160);
		assertSize(image("h-0.5"), 240, 160);
		assertSize(image("w-200,ar-1-1"), 200, 200);
		assertSize(image("w-100,dpr-2"), 200, 133);
	}

	@Test
	void maintainRatioCoversThenCropsAroundTheFocus() {
		BufferedImage centre = image("w-300,h-300");
		assertSize(centre, 300, 300);
		assertThat(centre.getRGB(5, 150)).isEqualTo(RED);
		assertThat(centre.getRGB(295, 150)).isEqualTo(BLUE);
		BufferedImage left = image("w-200,h-320,c-maintain_ratio,fo-left");
		assertSize(left, 200, 320);
		assertThat(left.getRGB(195, 10)).isEqualTo(RED);
		assertThat(image("w-200,h-320,fo-right").getRGB(5, 10)).isEqualTo(BLUE);
	}

	@Test
	void forceStretchesToTheExactSize() {
		BufferedImage forced = image("w-100,h-300,c-force");
		assertSize(forced, 100, 300);
		assertThat(forced.getRGB(10, 10)).isEqualTo(RED);
		assertThat(forced.getRGB(90, 290)).isEqualTo(BLUE);
	}

	@Test
	void atMaxFitsInsideAndAtLeastCovers() {
		assertSize(image("w-300,h-300,c-at_max"), 300, 200);
		assertSize(image("w-1000,h-1000,c-at_max"), 480, 320);
		assertSize(image("w-960,h-1000,c-at_max_enlarge"), 960, 640);
		assertSize(image("w-300,h-300,c-at_least"), 450, 300);
	}

	@Test
	void padResizeFitsAndPadsWithTheBackgroundWhereTheFocusLeavesRoom() {
		BufferedImage centred = image("w-300,h-300,cm-pad_resize,bg-00FF00");
		assertSize(centred, 300, 300);
		assertThat(centred.getRGB(150, 5)).isEqualTo(GREEN);
		assertThat(centred.getRGB(5, 150)).isEqualTo(RED);
		assertThat(centred.getRGB(150, 295)).isEqualTo(GREEN);
		BufferedImage top = image("w-300,h-300,cm-pad_resize,bg-00FF00,fo-top");
		assertThat(top.getRGB(5, 5)).isEqualTo(RED);
		assertThat(top.getRGB(150, 295)).isEqualTo(GREEN);
		assertThat(image("w-300,h-300,cm-pad_resize").getRGB(150, 5)).as("white by default").isEqualTo(0xFFFFFFFF);
	}

	@Test
	void extractCutsARegionWithoutScaling() {
		BufferedImage topLeft = image("w-100,h-100,cm-extract,fo-top_left");
		assertSize(topLeft, 100, 100);
		assertThat(topLeft.getRGB(99, 99)).isEqualTo(RED);
		assertThat(image("w-100,h-100,cm-extract,fo-bottom_right").getRGB(0, 0)).isEqualTo(BLUE);
		assertThat(image("w-50,h-50,cm-extract,x-300,y-10").getRGB(0, 0)).isEqualTo(BLUE);
		BufferedImage centre = image("w-100,h-100,cm-extract");
		assertThat(centre.getRGB(5, 50)).isEqualTo(RED);
		assertThat(centre.getRGB(95, 50)).isEqualTo(BLUE);
	}

	@Test
	void formatFollowsTheOriginalUnlessAsked() {
		ImageRenderer.Source jpeg = new ImageRenderer.Source("jpeg", jpeg(halves(40, 20)), "image/jpeg");
		assertThat(render(jpeg, "w-20").mime()).isEqualTo("image/jpeg");
		ImageRenderer.Rendered png = render(jpeg, "w-20,f-png");
		assertThat(png.mime()).isEqualTo("image/png");
		assertThat(png.bytes()).startsWith(0x89, 'P', 'N', 'G');
		ImageRenderer.Rendered jpg = render(HALVES, "w-20,f-jpg");
		assertThat(jpg.mime()).isEqualTo("image/jpeg");
		assertThat(jpg.bytes()).startsWith(0xFF, 0xD8);
		assertThat(render(HALVES, "w-20,f-gif").bytes()).startsWith('G', 'I', 'F');
		assertThat(render(HALVES, "w-20,f-png:f-jpeg").mime()).as("the last f wins").isEqualTo("image/jpeg");
	}

	@Test
	void formatsWithoutAWriterAreNamedAndTheImageStillDelivered() {
		ImageRenderer.Rendered webp = render(HALVES, "w-20,f-webp");
		assertThat(webp.mime()).isEqualTo("image/png");
		assertThat(webp.ignored()).containsExactly("f-webp");
		ImageRenderer.Rendered auto = this.renderer.render(HALVES, "w-20,f-auto", "image/avif,image/webp,*/*",
				this.assets);
		assertThat(auto.mime()).as("no AVIF or WebP writer: the original format").isEqualTo("image/png");
		assertThat(auto.ignored()).isEmpty();
	}

	@Test
	void lowerQualityGivesSmallerJpegs() {
		ImageRenderer.Source noisy = new ImageRenderer.Source("noisy", png(noise(200, 200)), "image/png");
		int low = render(noisy, "f-jpg,q-10").bytes().length;
		int high = render(noisy, "f-jpg,q-95").bytes().length;
		assertThat(low).isLessThan(high / 2);
	}

	@Test
	void rotationTurnsClockwiseAndNCounterClockwise() {
		BufferedImage clockwise = image("rt-90");
		assertSize(clockwise, 320, 480);
		assertThat(clockwise.getRGB(160, 5)).isEqualTo(RED);
		assertThat(clockwise.getRGB(160, 475)).isEqualTo(BLUE);
		assertThat(image("rt-N90").getRGB(160, 5)).isEqualTo(BLUE);
		BufferedImage diagonal = image("rt-45,bg-00FF00");
		assertSize(diagonal, 566, 566);
		assertThat(diagonal.getRGB(2, 2)).as("corners take the background").isEqualTo(GREEN);
	}

	@Test
	void flipMirrors() {
		BufferedImage flipped = image("fl-h");
		assertThat(flipped.getRGB(5, 5)).isEqualTo(BLUE);
		assertThat(flipped.getRGB(475, 5)).isEqualTo(RED);
	}

	@Test
	void blurMixesColoursAcrossTheEdgeOnly() {
		BufferedImage blurred = image("bl-10");
		assertSize(blurred, 480, 320);
		Color edge = new Color(blurred.getRGB(240, 160));
		assertThat(edge.getRed()).isBetween(40, 215);
		assertThat(edge.getBlue()).isBetween(40, 215);
		assertThat(blurred.getRGB(5, 160)).isEqualTo(RED);
		assertThat(blurred.getRGB(475, 160)).isEqualTo(BLUE);
	}

	@Test
	void backgroundFillsTransparency() {
		ImageRenderer.Source clear = new ImageRenderer.Source("clear", png(solid(10, 10, 0x00000000)), "image/png");
		assertThat(decode(render(clear, "bg-FF0000")).getRGB(5, 5)).isEqualTo(RED);
		assertThat(decode(render(clear, "w-10")).getRGB(5, 5) >>> 24).isZero();
	}

	@Test
	void borderGrowsTheImage() {
		BufferedImage bordered = image("b-5_00FF00");
		assertSize(bordered, 490, 330);
		assertThat(bordered.getRGB(0, 0)).isEqualTo(GREEN);
		assertThat(bordered.getRGB(4, 100)).isEqualTo(GREEN);
		assertThat(bordered.getRGB(5, 100)).isEqualTo(RED);
	}

	@Test
	void radiusMakesTheCornersTransparent() {
		BufferedImage round = image("r-max");
		assertThat(round.getRGB(0, 0) >>> 24).isZero();
		assertThat(round.getRGB(240, 160)).isEqualTo(BLUE);
		BufferedImage rounded = image("r-20");
		assertThat(rounded.getRGB(1, 1) >>> 24).isZero();
		assertThat(rounded.getRGB(20, 1)).isEqualTo(RED);
		Color corner = new Color(decode(render(HALVES, "r-20,f-jpg")).getRGB(1, 1));
		assertThat(Math.min(corner.getRed(), Math.min(corner.getGreen(), corner.getBlue()))).as("JPEG corners are white")
			.isGreaterThan(235);
	}

	@Test
	void namedAndChainedTransformationsApplyInOrder() {
		assertSize(image("n-thumb"), 100, 100);
		assertSize(image("n-wide"), 100, 100);
		assertSize(image("w-240:w-120"), 120, 80);
		assertSize(image("w-300,h-300:rt-90"), 300, 300);
	}

	@Test
	void textLayerIsDrawnWithItsBackgroundAndColour() {
		BufferedImage texted = image("w-300,h-300:l-text,i-Hi,fs-40,co-00FF00,bg-000000,pa-10,lfo-top_left,l-end");
		assertSize(texted, 300, 300);
		assertThat(texted.getRGB(2, 2)).isEqualTo(0xFF000000);
		assertThat(texted.getRGB(150, 200)).isIn(RED, BLUE);
		boolean green = false;
		for (int x = 10; x < 60 && !green; x++) {
			for (int y = 10; y < 60 && !green; y++) {
				Color c = new Color(texted.getRGB(x, y));
				green = c.getGreen() > 200 && c.getRed() < 60 && c.getBlue() < 60;
			}
		}
		assertThat(green).as("green glyph pixels inside the text box").isTrue();
	}

	@Test
	void base64TextLayerIsDecoded() {
		BufferedImage plain = image("l-text,i-Hi,fs-30,lfo-top_left,l-end");
		BufferedImage encoded = image("l-text,ie-SGk=,fs-30,lfo-top_left,l-end");
		assertThat(encoded.getRGB(0, 0, 60, 40, null, 0, 60)).isEqualTo(plain.getRGB(0, 0, 60, 40, null, 0, 60));
	}

	@Test
	void imageLayerIsPlacedWithItsOwnTransformations() {
		BufferedImage withLogo = image("l-image,i-brand@@logo.png,w-50,h-50,lx-10,ly-10,l-end");
		assertSize(withLogo, 480, 320);
		assertThat(withLogo.getRGB(5, 5)).isEqualTo(RED);
		assertThat(withLogo.getRGB(30, 30)).isEqualTo(GREEN);
		assertThat(withLogo.getRGB(59, 59)).isEqualTo(GREEN);
		assertThat(withLogo.getRGB(65, 65)).isEqualTo(RED);
		BufferedImage fromRight = image("l-image,ie-YnJhbmQvbG9nby5wbmc=,lx-N10,ly-0,l-end");
		assertThat(fromRight.getRGB(460, 5)).as("N counts from the right edge").isEqualTo(GREEN);
		assertThat(fromRight.getRGB(475, 5)).isEqualTo(BLUE);
		assertThat(fromRight.getRGB(445, 5)).isEqualTo(BLUE);
	}

	@Test
	void solidColourLayerIsACanvasBlock() {
		BufferedImage block = image("l-image,i-ik_canvas,bg-00FF00,w-100,h-50,lfo-bottom_right,l-end");
		assertThat(block.getRGB(479, 319)).isEqualTo(GREEN);
		assertThat(block.getRGB(381, 271)).isEqualTo(GREEN);
		assertThat(block.getRGB(379, 319)).isEqualTo(BLUE);
		assertThat(block.getRGB(0, 0)).isEqualTo(RED);
	}

	@Test
	void whatIsNotRenderedIsNamedAndTheImageStillDelivered() {
		ImageRenderer.Rendered rendered = render(HALVES,
				"w-100,e-sharpen-10,fo-face:l-video,i-clip.mp4,l-end:l-text,i-Hi,lm-multiply,ff-Arial,l-end");
		assertSize(decode(rendered), 100, 67);
		assertThat(rendered.ignored()).containsExactly("e-sharpen-10", "fo-face", "l-video", "ff-Arial",
				"lm-multiply");
	}

	@Test
	void invalidTransformationsFail() {
		for (String invalid : new String[] { "w-abc", "w-0", "q-0", "q-101", "c-bogus", "cm-bogus", "rt-abc", "bl-0",
				"fl-x", "bg-12345", "f-bmp", "b-5", "ar-4", "l-text,i-Hi", "l-end", "n-missing",
				"l-image,i-missing.png,l-end", "l-image,l-end" }) {
			assertThatExceptionOfType(RenderException.class).as(invalid).isThrownBy(() -> render(HALVES, invalid))
				.withMessageContaining("nvalid");
		}
	}

	@Test
	void imagesOverThePixelLimitAreRefusedBeforeDecoding() {
		ImageRenderer small = new ImageRenderer(100_000, 1 << 20);
		assertThatExceptionOfType(RenderException.class)
			.isThrownBy(() -> small.render(HALVES, "w-10", null, this.assets))
			.withMessageContaining("480x320")
			.withMessageContaining("limit of 100000 pixels");
		ImageRenderer.Source tiny = new ImageRenderer.Source("tiny", png(halves(10, 10)), "image/png");
		assertThatExceptionOfType(RenderException.class)
			.isThrownBy(() -> small.render(tiny, "w-1000,h-1000,c-force", null, this.assets))
			.withMessageContaining("1000x1000");
	}

	@Test
	void firstFrameOfAGifIsRendered() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.prepareWriteSequence(null);
			writer.writeToSequence(new IIOImage(solid(20, 10, RED), null, null), null);
			writer.writeToSequence(new IIOImage(solid(20, 10, BLUE), null, null), null);
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		ImageRenderer.Rendered rendered = render(new ImageRenderer.Source("gif", out.toByteArray(), "image/gif"),
				"w-10");
		assertThat(rendered.mime()).isEqualTo("image/gif");
		BufferedImage first = decode(rendered);
		assertSize(first, 10, 5);
		assertThat(first.getRGB(5, 2)).isEqualTo(RED);
	}

	@Test
	void renderedVariantsAreCachedWithinTheBound() {
		ImageRenderer.Rendered first = render(HALVES, "w-50");
		assertThat(render(HALVES, "w-50")).isSameAs(first);
		assertThat(render(HALVES, "w-51")).isNotSameAs(first);
		ImageRenderer noRoom = new ImageRenderer(ImageRenderer.DEFAULT_MAX_PIXELS, 10);
		assertThat(noRoom.render(HALVES, "w-50", null, this.assets))
			.isNotSameAs(noRoom.render(HALVES, "w-50", null, this.assets));
	}

	private static void assertSize(BufferedImage image, int width, int height) {
		assertThat(image.getWidth()).as("width").isEqualTo(width);
		assertThat(image.getHeight()).as("height").isEqualTo(height);
	}

	private static BufferedImage decode(ImageRenderer.Rendered rendered) {
		try {
			return ImageIO.read(new ByteArrayInputStream(rendered.bytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BufferedImage halves(int width, int height) {
		BufferedImage image = solid(width, height, RED);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(BLUE));
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		return image;
	}

	private static BufferedImage solid(int width, int height, int argb) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setComposite(java.awt.AlphaComposite.Src);
		g.setColor(new Color(argb, true));
		g.fillRect(0, 0, width, height);
		g.dispose();
		return image;
	}

	private static BufferedImage noise(int width, int height) {
		Random random = new Random(7);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		return image;
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] jpeg(BufferedImage image) {
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		rgb.createGraphics().drawImage(image, 0, 0, null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(rgb, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
