package io.github.imagekitspring.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.emulator.RecordedRequest;
import io.github.imagekitspring.files.Asset;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;
import io.github.imagekitspring.urls.ImageLayer;
import io.github.imagekitspring.urls.Layer;
import io.github.imagekitspring.urls.LayerPosition;
import io.github.imagekitspring.urls.SolidColorLayer;
import io.github.imagekitspring.urls.TextLayer;
import io.github.imagekitspring.urls.Transformation;
import io.github.imagekitspring.urls.TransformationPosition;
import io.github.imagekitspring.urls.UrlRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with no ImageKit account configured that asks for the embedded emulator: the starter starts it and
 * works against it, uploads, search and delivery included.
 */
@SpringBootTest(classes = EmbeddedEmulatorEndToEndTests.Application.class, webEnvironment = WebEnvironment.NONE,
		properties = "imagekit.emulator.enabled=true")
class EmbeddedEmulatorEndToEndTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private ImageKitOperations imageKit;

	@Autowired
	private ImageKitEmulator emulator;

	@BeforeEach
	void startFromAnEmptyAccount() {
		this.emulator.reset();
	}

	@Test
	void uploadsFindsAndDeliversWithoutAnyConfiguration() {
		byte[] png = Images.png(7, 5);
		UploadResult result = this.imageKit.uploads()
			.upload(UploadSource.of(png), UploadRequest.builder("embedded.png").tags("offline").build())
			.block(TIMEOUT);
		assertThat(result).isInstanceOf(UploadedFile.class);
		UploadedFile uploaded = (UploadedFile) result;
		assertThat(uploaded.name()).as("a unique name by default").startsWith("embedded_").endsWith(".png");

		List<Asset> found = this.imageKit.files()
			.list(ListFilesRequest.builder().searchQuery("tags IN [\"offline\"]").build())
			.block(TIMEOUT)
			.items();
		assertThat(found).singleElement()
			.isInstanceOfSatisfying(FileDetails.class, (file) -> assertThat(file.fileId()).isEqualTo(uploaded.fileId()));

		String url = this.imageKit.urls().url(UrlRequest.forPath(uploaded.filePath()).build());
		assertThat(url).startsWith(this.emulator.urlEndpoint());
		assertThat(WebClient.create().get().uri(url).retrieve().bodyToMono(byte[].class).block(TIMEOUT)).isEqualTo(png);

		this.imageKit.files().delete(uploaded.fileId()).block(TIMEOUT);
		assertThat(this.emulator.requests()).extracting(RecordedRequest::operationId)
			.containsExactly("files.upload", "files.list", "delivery", "files.delete");
	}

	/**
	 * A URL built with layers, fetched from the emulator, comes back rendered: the size asked for, the image layer
	 * (the account's own file, resized) and the solid colour block where they were placed, the text on its box.
	 */
	@Test
	void urlBuiltWithLayersComesBackRenderedAtTheExpectedSize() throws Exception {
		UploadedFile photo = upload("layers-photo.png", solidPng(480, 320, 0xFF0000), "/layers");
		UploadedFile logo = upload("logo.png", solidPng(20, 20, 0x00FF00), "/layers/brand");
		String url = this.imageKit.urls()
			.url(UrlRequest.forPath(photo.filePath())
				.transformation(Transformation.builder().width(300).height(300).build(), Transformation.builder()
					.layer(ImageLayer.builder(logo.filePath())
						.position(LayerPosition.builder().x(10).y(10).build())
						.transformation(Transformation.builder().width(40).height(40).build())
						.build())
					.layer(SolidColorLayer.builder("0000FF")
						.width(50)
						.height(50)
						.position(LayerPosition.focus(Layer.Anchor.TOP_RIGHT))
						.build())
					.layer(TextLayer.builder("Sale: 30% off!")
						.fontSize(20)
						.fontColor("FFFFFF")
						.background("000000")
						.padding(8)
						.position(LayerPosition.focus(Layer.Anchor.BOTTOM))
						.build())
					.build())
				.position(TransformationPosition.PATH)
				.signed(true)
				.build());
		assertThat(url).contains("l-image,i-layers@@brand@@logo").contains("l-text,ie-");
		// Signed: fetched with the JDK client, whose log does not print the URL.
		byte[] body = EmulatorEndToEndTests.get(url).body();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(body));
		assertThat(image.getWidth()).isEqualTo(300);
		assertThat(image.getHeight()).isEqualTo(300);
		assertThat(image.getRGB(30, 30)).as("logo").isEqualTo(0xFF00FF00);
		assertThat(image.getRGB(280, 20)).as("solid colour block").isEqualTo(0xFF0000FF);
		assertThat(image.getRGB(150, 150)).as("photo").isEqualTo(0xFFFF0000);
		assertThat(image.getRGB(150, 298)).as("text box").isEqualTo(0xFF000000);
	}

	private UploadedFile upload(String name, byte[] bytes, String folder) {
		return (UploadedFile) this.imageKit.uploads()
			.upload(UploadSource.of(bytes), UploadRequest.builder(name).folder(folder).build())
			.block(TIMEOUT);
	}

	private static byte[] solidPng(int width, int height, int rgb) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(rgb));
		g.fillRect(0, 0, width, height);
		g.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
