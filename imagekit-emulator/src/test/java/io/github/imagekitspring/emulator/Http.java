package io.github.imagekitspring.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain JDK HTTP client for the emulator. Every response of an operation the spec describes is
 * validated against the spec before the test sees it.
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	// One client, so one connection pool, per helper: a pool shared by the whole suite could hand a test a kept-alive
	// connection to an earlier test's emulator that had the same port and is closed now.
	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private String authorization;

	private boolean validate = true;

	Http(ImageKitEmulator emulator) {
		this.baseUrl = emulator.baseUrl();
		this.authorization = basic(emulator.privateKey());
	}

	static String basic(String key) {
		return "Basic " + Base64.getEncoder().encodeToString((key + ":do_not_set").getBytes(StandardCharsets.UTF_8));
	}

	/** Skips spec validation, for injected faults, which are outside the spec on purpose. */
	Http unvalidated() {
		this.validate = false;
		return this;
	}

	/** Sends later requests with this Authorization header ({@code null} for none). */
	Http auth(String authorization) {
		this.authorization = authorization;
		return this;
	}

	record Response(int status, Map<String, java.util.List<String>> headers, byte[] bytes, String operationId) {

		String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return JSON.readTree(body());
		}

		String header(String name) {
			return this.headers.entrySet().stream().filter((e) -> e.getKey().equalsIgnoreCase(name)).map((e) -> e.getValue().get(0))
				.findFirst().orElse(null);
		}

	}

	Response get(String pathAndQuery) {
		return send("GET", pathAndQuery, null, null);
	}

	Response delete(String path) {
		return send("DELETE", path, null, null);
	}

	Response post(String path, Object json) {
		return send("POST", path, JSON.writeValueAsString(json), "application/json");
	}

	Response put(String path, Object json) {
		return send("PUT", path, (json == null) ? null : JSON.writeValueAsString(json), (json == null) ? null : "application/json");
	}

	Response patch(String path, Object json) {
		return send("PATCH", path, JSON.writeValueAsString(json), "application/json");
	}

	Response delete(String path, Object json) {
		return send("DELETE", path, JSON.writeValueAsString(json), "application/json");
	}

	/** Multipart upload; a {@code byte[]} value becomes a binary part, everything else a text part. */
	Response upload(String path, Map<String, Object> fields) {
		String boundary = "----emulator" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			for (Map.Entry<String, Object> e : fields.entrySet()) {
				out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
				if (e.getValue() instanceof byte[] bytes) {
					out.write(("Content-Disposition: form-data; name=\"" + e.getKey() + "\"; filename=\"blob\"\r\n"
							+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
					out.write(bytes);
				}
				else {
					out.write(("Content-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue())
						.getBytes(StandardCharsets.UTF_8));
				}
				out.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sendBytes("POST", path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
	}

	Response uploadFile(String fileName, byte[] bytes, Map<String, Object> extra) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("file", bytes);
		fields.put("fileName", fileName);
		fields.putAll(extra);
		Response r = upload("/api/v1/files/upload", fields);
		if (r.status() != 200) {
			throw new AssertionError("Upload failed: " + r.status() + " " + r.body());
		}
		return r;
	}

	private Response send(String method, String path, String body, String contentType) {
		return sendBytes(method, path, (body == null) ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
	}

	private Response sendBytes(String method, String path, byte[] body, String contentType) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(20))
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		try {
			HttpResponse<byte[]> response = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			String rawPath = URI.create(this.baseUrl + path).getRawPath();
			String operationId = !this.validate ? null : SpecValidator.validate(method, rawPath, response.statusCode(),
					response.headers().map(), new String(response.body(), StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().map(), response.body(), operationId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
