package io.github.imagekitspring.emulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept-alive connection goes on serving the client's requests after answers the emulator gives at once (a 404, an
 * injected fault), which is when a request sent right after the previous answer used to be left unread. Each round
 * is a few milliseconds; the race showed within a few dozen.
 */
class KeepAliveTest {

	private static final int ROUNDS = 200;

	@Test
	void afterAnAnswerGivenAtOnceTheNextRequestOnTheConnectionIsServed() {
		try (ImageKitEmulator emulator = ImageKitEmulator.builder().build().start()) {
			Http http = new Http(emulator).unvalidated();
			for (int round = 0; round < ROUNDS; round++) {
				assertThat(http.get("/v1/no-such-operation").status()).isEqualTo(404);
				assertThat(http.get("/v1/no-such-operation").status()).isEqualTo(404);
				assertThat(http.get("/v1/files").status()).isEqualTo(200);
			}
		}
	}

	@Test
	void afterInjectedFaultsTheNextRequestOnTheConnectionIsServed() {
		try (ImageKitEmulator emulator = ImageKitEmulator.builder().build().start()) {
			Http http = new Http(emulator).unvalidated();
			for (int round = 0; round < ROUNDS; round++) {
				emulator.injectFault(Fault.status(503).times(2).forOperation("customMetadataFields.list"));
				assertThat(http.get("/v1/customMetadataFields").status()).isEqualTo(503);
				assertThat(http.get("/v1/customMetadataFields").status()).isEqualTo(503);
				assertThat(http.get("/v1/customMetadataFields").status()).isEqualTo(200);
			}
		}
	}

}
