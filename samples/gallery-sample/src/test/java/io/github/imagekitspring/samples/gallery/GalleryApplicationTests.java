package io.github.imagekitspring.samples.gallery;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/** The gallery's endpoints over HTTP, against the embedded emulator, with uploads sent the way the page sends them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "imagekit.private-key=")
class GalleryApplicationTests {

	@LocalServerPort
	int port;

	WebTestClient http;

	@BeforeEach
	void client() {
		// Generous: a loaded 2-core CI machine can take seconds for a first request; a hang still fails.
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void listsTheSeededPicturesNewestFirstWithDeliveryUrls() throws IOException {
		JsonNode listing = get("/api/files");

		assertThat(listing.get("requestId").asString()).isNotBlank();
		assertThat(names(listing)).containsSubsequence("aurora.png", "desert.png", "forest.png", "ocean.png", "sunset.png");
		JsonNode sunset = image(listing, "sunset.png");
		assertThat(sunset.get("filePath").asString()).isEqualTo("/gallery/sunset.png");
		assertThat(sunset.get("width").isIntegralNumber()).as("pixels are integers").isTrue();
		assertThat(sunset.get("width").asInt()).isEqualTo(480);
		assertThat(sunset.get("tags").get(0).asString()).isEqualTo("demo");
		assertThat(sunset.get("thumbnailUrl").asString()).endsWith("/gallery/sunset.png?tr=w-300,h-300");
		byte[] thumbnail = this.http.get().uri(URI.create(sunset.get("thumbnailUrl").asString())).exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(MediaType.IMAGE_PNG)
			.expectBody(byte[].class).returnResult().getResponseBody();
		BufferedImage rendered = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(rendered.getWidth()).as("rendered by the emulator, not scaled by the browser").isEqualTo(300);
		assertThat(rendered.getHeight()).isEqualTo(300);
	}

	@Test
	void searchesFilesByTheStartOfTheirName() {
		assertThat(names(get("/api/files?search=oce"))).containsExactly("ocean.png");
		assertThat(names(get("/api/files?search=gallery"))).as("the folder is not a file").isEmpty();
	}

	@Test
	void uploadsFromTheBrowserAreTaggedAndDeleted() {
		JsonNode uploaded = uploadAsThePageDoes("tagged.png");
		String fileId = uploaded.get("fileId").asString();

		JsonNode tagged = this.http.post().uri("/api/files/{id}/tags", fileId)
			.bodyValue(Map.of("tags", List.of("blue", "sky")))
			.exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(tagged.get("tags").valueStream().map(JsonNode::asString)).containsExactly("blue", "sky");
		JsonNode retagged = this.http.post().uri("/api/files/{id}/tags", fileId)
			.bodyValue(Map.of("tags", List.of("sky", "clouds")))
			.exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(retagged.get("tags").valueStream().map(JsonNode::asString)).containsExactly("blue", "sky", "clouds");

		JsonNode deleted = this.http.delete().uri("/api/files/{id}", fileId).exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(deleted.get("requestId").asString()).isNotBlank();
		assertThat(names(get("/api/files?search=tagged"))).isEmpty();
	}

	@Test
	void imageKitErrorsKeepTheirStatusMessageAndRequestId() {
		JsonNode error = this.http.delete().uri("/api/files/{id}", "no-such-file").exchange()
			.expectStatus().isNotFound()
			.expectBody(JsonNode.class).returnResult().getResponseBody();

		assertThat(error.get("message").asString()).isNotBlank();
		assertThat(error.get("requestId").asString()).isNotBlank();
	}

	@Test
	void uploadCredentialsAreFreshEachTimeAndNeverCached() {
		JsonNode first = this.http.get().uri("/api/upload-auth").exchange()
			.expectStatus().isOk()
			.expectHeader().cacheControl(CacheControl.noStore())
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		JsonNode second = get("/api/upload-auth");

		assertThat(first.get("publicKey").asString()).isEqualTo(get("/api/config").get("publicKey").asString());
		assertThat(first.get("signature").asString()).matches("[0-9a-f]{40}");
		assertThat(first.get("token").asString()).isNotEqualTo(second.get("token").asString());
	}

	@Test
	void servesThePage() {
		String page = this.http.get().uri("/").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(page).contains("<title>ImageKit gallery</title>").contains("app.js");
	}

	@Test
	void actuatorShowsImageKitHealthAndTheRequestTimer() {
		get("/api/files");

		JsonNode health = get("/actuator/health");
		assertThat(health.at("/components/imagekit/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/imagekit/details/requestId").asString()).isNotBlank();
		JsonNode timer = get("/actuator/metrics/imagekit.client.requests?tag=imagekit.operation:files.list");
		assertThat(timer.at("/measurements/0/statistic").asString()).isEqualTo("COUNT");
		assertThat(timer.at("/measurements/0/value").asDouble()).isPositive();
	}

	private JsonNode get(String uri) {
		return this.http.get().uri(uri).exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	/** What app.js does: credentials from the app, then a cross-origin multipart POST to the upload API. */
	private JsonNode uploadAsThePageDoes(String fileName) {
		JsonNode config = get("/api/config");
		JsonNode auth = get("/api/upload-auth");
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("file", new ByteArrayResource(DemoImages.ALL.get(1).png(60, 40))).filename(fileName);
		form.part("fileName", fileName);
		form.part("folder", "/gallery");
		form.part("publicKey", auth.get("publicKey").asString());
		form.part("signature", auth.get("signature").asString());
		form.part("expire", auth.get("expire").asString());
		form.part("token", auth.get("token").asString());
		return this.http.post().uri(config.get("uploadUrl").asString())
			.header("Origin", "http://localhost:" + this.port)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Access-Control-Allow-Origin", "*")
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private static List<String> names(JsonNode listing) {
		return listing.get("images").valueStream().map((image) -> image.get("name").asString()).toList();
	}

	private static JsonNode image(JsonNode listing, String name) {
		return listing.get("images").valueStream()
			.filter((image) -> image.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
