package io.github.imagekitspring.emulator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Delivery URLs with transformations answer rendered images, over HTTP. */
class RenderingTest {

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension.create();

	Http http;

	String endpoint;

	@BeforeEach
	void setUp(ImageKitEmulator emulator) throws IOException {
		this.http = new Http(emulator);
		this.endpoint = emulator.urlEndpoint();
		this.http.uploadFile("photo.png", png(halves()), Map.of("folder", "/render", "useUniqueFileName", "false"));
		this.http.uploadFile("logo.png", png(green(20, 20)), Map.of("folder", "/brand", "useUniqueFileName", "false"));
	}

	private HttpResponse<byte[]> fetch(String pathAndQuery, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.endpoint + pathAndQuery));
		if (accept != null) {
			request.header("Accept", accept);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static BufferedImage image(HttpResponse<byte[]> response) throws IOException {
		assertThat(response.statusCode()).isEqualTo(200);
		return ImageIO.read(new ByteArrayInputStream(response.body()));
	}

	@Test
	void transformationInThePathOrTheQueryIsRendered() throws Exception {
		BufferedImage square = image(fetch("/tr:w-300,h-300/render/photo.png", null));
		assertThat(square.getWidth()).isEqualTo(300);
		assertThat(square.getHeight()).isEqualTo(300);
		BufferedImage small = image(fetch("/render/photo.png?tr=w-100", null));
		assertThat(small.getWidth()).isEqualTo(100);
		assertThat(small.getHeight()).isEqualTo(67);
		BufferedImage chained = image(fetch("/tr:w-200/render/photo.png?tr=rt-90", null));
		assertThat(chained.getWidth()).as("path steps first, then the query's").isEqualTo(133);
		assertThat(fetch("/render/photo.png", null).body()).isEqualTo(png(halves()));
	}

	@Test
	void formatComesFromTheChain() throws Exception {
		HttpResponse<byte[]> jpeg = fetch("/render/photo.png?tr=w-50,f-jpg,q-60", "image/webp");
		assertThat(jpeg.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(image(jpeg).getWidth()).isEqualTo(50);
	}

	@Test
	void layersAndNamedTransformationsUseTheAccountsFilesAndNames() throws Exception {
		assertThat(this.http.post("/v1/named-transformations", Map.of("name", "thumb", "transformation", "w-120,h-90"))
			.status()).isEqualTo(201);
		BufferedImage named = image(fetch("/tr:n-thumb/render/photo.png", null));
		assertThat(named.getWidth()).isEqualTo(120);
		assertThat(named.getHeight()).isEqualTo(90);
		BufferedImage layered = image(fetch("/render/photo.png?tr=l-image,i-brand@@logo.png,w-40,h-40,lx-0,ly-0,l-end",
				null));
		assertThat(layered.getRGB(20, 20)).isEqualTo(0xFF00FF00);
		assertThat(layered.getRGB(60, 60)).isEqualTo(0xFFFF0000);
	}

	@Test
	void whatIsNotRenderedIsNamedInAHeader() throws Exception {
		HttpResponse<byte[]> response = fetch("/render/photo.png?tr=w-100,e-sharpen-10", null);
		assertThat(image(response).getWidth()).isEqualTo(100);
		assertThat(response.headers().firstValue("X-Emulator-Ignored-Transformations")).hasValue("e-sharpen-10");
	}

	@Test
	void invalidTransformationIsABadRequest() throws Exception {
		HttpResponse<byte[]> response = fetch("/render/photo.png?tr=w-abc", null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(new String(response.body())).contains("w-abc");
		assertThat(fetch("/render/photo.png?tr=l-image,i-missing.png,l-end", null).statusCode()).isEqualTo(400);
	}

	private static BufferedImage halves() {
		BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, 240, 320);
		g.setColor(Color.BLUE);
		g.fillRect(240, 0, 240, 320);
		g.dispose();
		return image;
	}

	private static BufferedImage green(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.GREEN);
		g.fillRect(0, 0, width, height);
		g.dispose();
		return image;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
