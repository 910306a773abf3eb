package io.github.imagekitspring.autoconfigure.emulator;

import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;
import io.github.imagekitspring.emulator.ImageKitEmulator;

/**
 * Points the starter at a running {@link ImageKitEmulator}: one emulator serves both the API and the upload host.
 * Declare it as a bean in a test that starts the emulator itself, for example with its JUnit extension.
 */
public final class EmulatorConnectionDetails implements ImageKitConnectionDetails {

	private final ImageKitEmulator emulator;

	public EmulatorConnectionDetails(ImageKitEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public String getPrivateKey() {
		return this.emulator.privateKey();
	}

	@Override
	public String getPublicKey() {
		return this.emulator.publicKey();
	}

	@Override
	public String getUrlEndpoint() {
		return this.emulator.urlEndpoint();
	}

	@Override
	public String getApiBaseUrl() {
		return this.emulator.baseUrl();
	}

	@Override
	public String getUploadBaseUrl() {
		return this.emulator.baseUrl();
	}

	@Override
	public String toString() {
		return "EmulatorConnectionDetails[" + this.emulator.baseUrl() + "]";
	}

}
