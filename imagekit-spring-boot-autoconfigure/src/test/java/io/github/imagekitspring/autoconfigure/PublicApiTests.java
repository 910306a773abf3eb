package io.github.imagekitspring.autoconfigure;

import org.junit.jupiter.api.Test;

import io.github.imagekitspring.testsupport.PublicApi;

/**
 * The auto-configuration's public top-level types are exactly those of {@code src/test/resources/public-api.txt}.
 */
class PublicApiTests {

	@Test
	void thePublicTypesAreTheCheckedInList() {
		PublicApi.assertMatchesList(ImageKitAutoConfiguration.class);
	}

}
