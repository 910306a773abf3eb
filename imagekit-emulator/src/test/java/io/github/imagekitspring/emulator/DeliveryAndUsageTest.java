package io.github.imagekitspring.emulator;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** File sources (binary, base64, data URI, loopback URL), delivery under the URL endpoint, and usage counted from it. */
class DeliveryAndUsageTest {

	static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-09-10T12:00:00Z"));

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension.create((b) -> b.clock(CLOCK));

	Http http;

	@BeforeEach
	void setUp(ImageKitEmulator emulator) {
		this.http = new Http(emulator);
	}

	private static HttpResponse<byte[]> fetch(String url) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void uploadedBytesAreServedUnderTheUrlEndpointAndCountAsBandwidth(ImageKitEmulator emulator) throws Exception {
		byte[] png = TestImages.png(5, 5);
		JsonNode up = this.http.uploadFile("served.png", png, Map.of("folder", "/pub", "useUniqueFileName", "false")).json();
		assertThat(up.get("url").asString()).isEqualTo(emulator.urlEndpoint() + "/pub/served.png");

		HttpResponse<byte[]> served = fetch(up.get("url").asString());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(served.body()).isEqualTo(png);
		java.awt.image.BufferedImage rendered = javax.imageio.ImageIO
			.read(new java.io.ByteArrayInputStream(fetch(emulator.urlEndpoint() + "/tr:w-100/pub/served.png?tr=h-10").body()));
		assertThat(rendered.getWidth()).as("rendered: w-100, then h-10").isEqualTo(10);
		assertThat(fetch(emulator.urlEndpoint() + "/pub/missing.png").statusCode()).isEqualTo(404);

		JsonNode usage = this.http.get("/v1/accounts/usage?startDate=2026-09-10&endDate=2026-09-11").json();
		assertThat(usage.get("bandwidthBytes").asLong()).isEqualTo(2L * png.length);
		assertThat(usage.get("mediaLibraryStorageBytes").asLong()).isEqualTo(png.length);
		assertThat(this.http.get("/v1/accounts/usage?startDate=2026-09-11&endDate=2026-09-12").json().get("bandwidthBytes").asLong()).isZero();
		assertThat(this.http.get("/v1/accounts/usage?startDate=2026-01-01&endDate=2026-09-12").status()).as("under 90 days").isEqualTo(400);

		JsonNode analytics = this.http.get("/v1/accounts/usage-analytics?startDate=2026-09-10&endDate=2026-09-10").json();
		assertThat(analytics.get("requestCount").asInt()).isEqualTo(3);
		assertThat(analytics.get("format").get("byRequests").get(0).get("name").asString()).isEqualTo("image/png");

		String metadataUrl = "/v1/metadata?url=" + URLEncoder.encode(up.get("url").asString(), StandardCharsets.UTF_8);
		assertThat(this.http.get(metadataUrl).json().get("width").asInt()).isEqualTo(5);
		assertThat(this.http.get("/v1/metadata?url=" + URLEncoder.encode("https://ik.imagekit.io/x/a.png", StandardCharsets.UTF_8)).status())
			.isEqualTo(400);
	}

	@Test
	void privateFilesNeedASignedUrl(ImageKitEmulator emulator) throws Exception {
		String url = this.http.uploadFile("secret.png", TestImages.png(2, 2), Map.of("useUniqueFileName", "false", "isPrivateFile", "true"))
			.json().get("url").asString();
		assertThat(fetch(url).statusCode()).isEqualTo(401);
		String withTr = url + "?tr=w-10";
		assertThat(fetch(withTr + "&ik-s=" + sign(emulator, "secret.png?tr=w-10" + 9999999999L)).statusCode()).isEqualTo(200);
		assertThat(fetch(withTr + "&ik-s=" + sign(emulator, "other.png" + 9999999999L)).statusCode()).isEqualTo(401);
		long expiry = CLOCK.instant().getEpochSecond() + 60;
		String expiring = url + "?ik-t=" + expiry + "&ik-s=" + sign(emulator, "secret.png" + expiry);
		assertThat(fetch(expiring).statusCode()).isEqualTo(200);
		CLOCK.advance(java.time.Duration.ofSeconds(61));
		assertThat(fetch(expiring).statusCode()).isEqualTo(401);
	}

	private static String sign(ImageKitEmulator emulator, String message) throws Exception {
		javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
		mac.init(new javax.crypto.spec.SecretKeySpec(emulator.privateKey().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		return java.util.HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void fileCanComeAsBase64DataUriOrLoopbackUrl(ImageKitEmulator emulator) {
		byte[] png = TestImages.png(7, 3);
		String base64 = Base64.getEncoder().encodeToString(png);
		JsonNode fromBase64 = this.http.upload("/api/v1/files/upload", Map.of("file", base64, "fileName", "b64.png")).json();
		assertThat(fromBase64.get("width").asInt()).isEqualTo(7);
		JsonNode fromDataUri = this.http.upload("/api/v1/files/upload", Map.of("file", "data:image/png;base64," + base64, "fileName", "uri.png"))
			.json();
		assertThat(fromDataUri.get("size").asInt()).isEqualTo(png.length);
		Http.Response fromUrl = this.http.upload("/api/v1/files/upload", Map.of("file", fromBase64.get("url").asString(), "fileName", "copy.png"));
		assertThat(fromUrl.status()).isEqualTo(200);
		assertThat(fromUrl.json().get("height").asInt()).isEqualTo(3);

		Http.Response remote = this.http.upload("/api/v1/files/upload", Map.of("file", "https://example.com/a.png", "fileName", "r.png"));
		assertThat(remote.status()).isEqualTo(400);
		assertThat(remote.json().get("message").asString()).contains("cannot fetch");
		assertThat(this.http.upload("/api/v1/files/upload", Map.of("file", "%%% not base64", "fileName", "bad.png")).status()).isEqualTo(400);
	}

	@Test
	void largeBinaryAndBase64UploadsAreAccepted() {
		byte[] big = new byte[5 * 1024 * 1024];
		new java.util.Random(1).nextBytes(big);
		assertThat(this.http.uploadFile("big.bin", big, Map.of()).json().get("size").asInt()).isEqualTo(big.length);
		byte[] medium = java.util.Arrays.copyOf(big, 1024 * 1024);
		Http.Response fromBase64 = this.http.upload("/api/v1/files/upload",
				Map.of("file", Base64.getEncoder().encodeToString(medium), "fileName", "medium.bin"));
		assertThat(fromBase64.json().get("size").asInt()).isEqualTo(medium.length);
	}

	@Test
	void namedTransformationsCrud() {
		Http.Response created = this.http.post("/v1/named-transformations", Map.of("name", "thumb_small", "transformation", "w-100,h-100"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("enabled").asBoolean()).isTrue();
		assertThat(this.http.post("/v1/named-transformations", Map.of("name", "thumb_small", "transformation", "w-1")).status()).isEqualTo(409);
		assertThat(this.http.post("/v1/named-transformations", Map.of("name", "bad name!", "transformation", "w-1")).status()).isEqualTo(400);
		assertThat(this.http.patch("/v1/named-transformations/" + id, Map.of("enabled", false)).json().get("enabled").asBoolean()).isFalse();
		assertThat(this.http.get("/v1/named-transformations").json()).hasSize(1);
		assertThat(this.http.get("/v1/named-transformations/" + id).json().get("transformation").asString()).isEqualTo("w-100,h-100");
		assertThat(this.http.delete("/v1/named-transformations/" + id).status()).isEqualTo(204);
		assertThat(this.http.get("/v1/named-transformations/" + id).status()).isEqualTo(404);
	}

}
