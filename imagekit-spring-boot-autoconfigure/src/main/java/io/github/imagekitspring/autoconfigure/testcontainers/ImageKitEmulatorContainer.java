package io.github.imagekitspring.autoconfigure.testcontainers;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The ImageKit emulator in a container, built from {@code imagekit-emulator/Dockerfile}. With
 * {@code @ServiceConnection} the starter is pointed at it.
 */
public class ImageKitEmulatorContainer extends GenericContainer<ImageKitEmulatorContainer> {

	/** The image the emulator's Dockerfile builds by default. */
	public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("imagekit-emulator:latest");

	static final int PORT = 8089;

	private final String privateKey;

	private final String publicKey;

	public ImageKitEmulatorContainer() {
		this(DEFAULT_IMAGE);
	}

	public ImageKitEmulatorContainer(DockerImageName image) {
		this(image, "private_container_key", "public_container_key");
	}

	public ImageKitEmulatorContainer(DockerImageName image, String privateKey, String publicKey) {
		super(image);
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		withExposedPorts(PORT);
		withCommand("--private-key=" + privateKey, "--public-key=" + publicKey);
		waitingFor(Wait.forListeningPort());
	}

	/** Base URL of the emulator as seen from the host, for both the API and the upload host. */
	public String getBaseUrl() {
		return "http://" + getHost() + ":" + getMappedPort(PORT);
	}

	public String getPrivateKey() {
		return this.privateKey;
	}

	public String getPublicKey() {
		return this.publicKey;
	}

}
