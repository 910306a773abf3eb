package io.github.imagekitspring.autoconfigure.testcontainers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ImageKit emulator in a container. With {@code @ServiceConnection} the starter is pointed at it. The default
 * image is the one {@code scripts/build-test-images.sh} builds; {@code imagekit-emulator/Dockerfile} builds an
 * equivalent one under any name you pass here. State lives in memory and goes with the container.
 */
public class ImageKitEmulatorContainer extends GenericContainer<ImageKitEmulatorContainer> {

	/** The image {@code scripts/build-test-images.sh} builds. */
	public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("local/imagekit-emulator:test");

	static final int PORT = 8089;

	static final int ADMIN_PORT = 8090;

	/** Tolerant: an image newer than this class may log more fields. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
		withExposedPorts(PORT, ADMIN_PORT);
		withCommand("--private-key=" + privateKey, "--public-key=" + publicKey);
		waitingFor(Wait.forHttp("/health").forPort(ADMIN_PORT).forStatusCode(200)
			.withStartupTimeout(Duration.ofSeconds(60)));
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

	/** Every request the emulator received so far, oldest first, read from its admin port. */
	public List<RecordedRequest> getRequests() {
		URI uri = URI.create("http://" + getHost() + ":" + getMappedPort(ADMIN_PORT) + "/requests");
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The emulator's request log answered HTTP " + response.statusCode());
			}
			return JSON.readValue(response.body(), new TypeReference<List<RecordedRequest>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the emulator's request log at " + uri, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the emulator's request log", ex);
		}
	}

	/**
	 * One request in the emulator's log.
	 *
	 * @param receivedAt when the request arrived, on the emulator's clock; rate-limit windows count it at this
	 * instant. {@code null} from an image older than this field
	 * @param method HTTP method
	 * @param path request path without the query
	 * @param operationId the ImageKit operation id, {@code delivery} for file delivery, {@code null} when none matched
	 * @param status the status sent, {@code 0} when the connection was dropped
	 * @param requestId the {@code x-ik-requestId} sent, {@code null} for a dropped connection
	 */
	public record RecordedRequest(@Nullable Instant receivedAt, String method, String path,
			@Nullable String operationId, int status, @Nullable String requestId) {
	}

}
