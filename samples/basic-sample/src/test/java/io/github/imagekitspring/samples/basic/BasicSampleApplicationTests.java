package io.github.imagekitspring.samples.basic;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class BasicSampleApplicationTests {

	private static final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

	@AfterAll
	static void stop() {
		server.stop();
	}

	@Test
	void theAppStartsAndListsFiles(CapturedOutput output) {
		server.start();
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson("""
				[{"type":"folder","folderId":"f1","name":"products","folderPath":"/products"},
				 {"type":"file","fileId":"a1","name":"shoe.jpg","filePath":"/products/shoe.jpg","size":2048}]
				""").withHeader("x-ik-requestId", "sample-req-1")));

		BasicSampleApplication.main(new String[] { "--imagekit.private-key=private_sample",
				"--imagekit.api-base-url=" + server.baseUrl(), "--spring.main.banner-mode=off" });

		assertThat(output).contains("Listed 2 entries (request id: sample-req-1)")
			.contains("folder  /products")
			.contains("file    /products/shoe.jpg (2048 bytes)");
	}

}
