package io.github.imagekitspring.architecture;

import org.junit.jupiter.api.Test;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.testsupport.PublicApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's public top-level types are exactly those of {@code src/test/resources/public-api.txt}.
 */
class PublicApiTests {

	@Test
	void thePublicTypesAreTheCheckedInList() {
		PublicApi.assertMatchesList(ImageKitClient.class);
	}

	@Test
	void theGroupClientsAndTheExchangeAreNotPublicApi() {
		assertThat(PublicApi.of(ImageKitClient.class))
			.filteredOn((name) -> name.endsWith("Client") || name.contains("Exchange") || name.endsWith("Resource"))
			.containsExactly(ImageKitClient.class.getName());
	}

}
