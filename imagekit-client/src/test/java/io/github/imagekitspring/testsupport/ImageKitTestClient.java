package io.github.imagekitspring.testsupport;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;

/**
 * A client whose both hosts are a WireMock server.
 */
public final class ImageKitTestClient {

	private ImageKitTestClient() {
	}

	public static ImageKitOperations against(WireMockExtension server) {
		return ImageKitClient.builder()
			.privateKey("private_test_key_123")
			.apiBaseUrl(server.baseUrl())
			.uploadBaseUrl(server.baseUrl())
			.responseTimeout(Duration.ofSeconds(5))
			.build();
	}

}
