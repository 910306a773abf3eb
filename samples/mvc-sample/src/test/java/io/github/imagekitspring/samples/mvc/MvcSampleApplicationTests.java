package io.github.imagekitspring.samples.mvc;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.github.imagekitspring.autoconfigure.emulator.AutoConfigureImageKitEmulator;
import io.github.imagekitspring.emulator.Fault;
import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.emulator.RecordedRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MVC sample over HTTP, on a real servlet container, against the embedded emulator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureImageKitEmulator
class MvcSampleApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	ImageKitEmulator emulator;

	RestClient http;

	@BeforeEach
	void client() {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
		// Generous: a loaded 2-core CI machine can take seconds for a first request; a hang still fails.
		requests.setReadTimeout(Duration.ofSeconds(30));
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.requestFactory(requests)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	@Test
	void uploadsListsSignsAndDeletes() throws IOException {
		ResponseEntity<JsonNode> uploaded = upload("photo.png", png(30, 20), "summer");
		assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
		String fileId = uploaded.getBody().get("fileId").asString();
		assertThat(uploaded.getBody().get("filePath").asString()).startsWith("/mvc-sample/photo");
		assertThat(uploaded.getBody().get("width").asInt()).isEqualTo(30);

		JsonNode listed = this.http.get().uri("/images").retrieve().body(JsonNode.class);
		assertThat(listed.values()).singleElement()
			.satisfies((image) -> assertThat(image.get("fileId").asString()).isEqualTo(fileId));

		JsonNode signed = this.http.get().uri("/images/{id}/signed-url?expires=PT10M", fileId)
			.retrieve()
			.body(JsonNode.class);
		String url = signed.get("url").asString();
		assertThat(url).startsWith(this.emulator.urlEndpoint()).contains("ik-t=").contains("ik-s=");
		assertThat(RestClient.create().get().uri(java.net.URI.create(url)).retrieve().body(byte[].class))
			.isEqualTo(png(30, 20));

		assertThat(this.http.delete().uri("/images/{id}", fileId).retrieve().toBodilessEntity().getStatusCode().value())
			.isEqualTo(204);
		assertThat(this.http.get().uri("/images").retrieve().body(JsonNode.class).values()).isEmpty();
	}

	@Test
	void aMissingImageIsAProblemDetailWithTheRequestId() {
		ResponseEntity<JsonNode> answer = this.http.delete().uri("/images/{id}", "no-such-file")
			.retrieve()
			.toEntity(JsonNode.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(404);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		RecordedRequest delete = this.emulator.requests().get(this.emulator.requests().size() - 1);
		assertThat(answer.getBody().get("status").asInt()).isEqualTo(404);
		assertThat(answer.getBody().get("title").asString()).isEqualTo("No such image");
		assertThat(answer.getBody().get("operation").asString()).isEqualTo("files.delete");
		assertThat(answer.getBody().get("requestId").asString()).isEqualTo(delete.requestId());
	}

	@Test
	void aReactiveEndpointsFailureIsAProblemDetailToo() {
		this.emulator.injectFault(Fault.status(500).times(10));

		ResponseEntity<JsonNode> answer = this.http.get().uri("/images").retrieve().toEntity(JsonNode.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(502);
		assertThat(answer.getBody().get("imagekitStatus").asInt()).isEqualTo(500);
		assertThat(answer.getBody().get("requestId").asString()).isNotBlank();
	}

	private ResponseEntity<JsonNode> upload(String fileName, byte[] content, String... tags) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		if (tags.length > 0) {
			form.add("tags", String.join(",", tags));
		}
		return this.http.post()
			.uri("/images")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
