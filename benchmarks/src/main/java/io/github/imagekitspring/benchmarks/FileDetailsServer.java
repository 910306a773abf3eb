package io.github.imagekitspring.benchmarks;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** The least a server can do on loopback: answer every request with the same file details JSON. */
public final class FileDetailsServer implements AutoCloseable {

	/** Shaped like the spec's example answer of {@code GET /v1/files/{fileId}/details}. */
	private static final byte[] FILE_DETAILS = ("{\"fileId\":\"598821f949c0a938d57563bd\",\"type\":\"file\","
			+ "\"name\":\"file1.jpg\",\"filePath\":\"/images/products/file1.jpg\",\"tags\":[\"t-shirt\",\"round-neck\","
			+ "\"sale2019\"],\"AITags\":[{\"name\":\"Shirt\",\"confidence\":90.12,\"source\":\"google-auto-tagging\"}],"
			+ "\"versionInfo\":{\"id\":\"598821f949c0a938d57563bd\",\"name\":\"Version 1\"},\"isPrivateFile\":false,"
			+ "\"isPublished\":true,\"customCoordinates\":null,"
			+ "\"url\":\"https://ik.imagekit.io/your_imagekit_id/images/products/file1.jpg\","
			+ "\"thumbnail\":\"https://ik.imagekit.io/your_imagekit_id/tr:n-media_library_thumbnail/images/products/file1.jpg\","
			+ "\"fileType\":\"image\",\"mime\":\"image/jpeg\",\"width\":100,\"height\":100,\"size\":100,"
			+ "\"hasAlpha\":false,\"customMetadata\":{\"brand\":\"Nike\",\"color\":\"red\"},"
			+ "\"createdAt\":\"2019-08-24T06:14:41.313Z\",\"updatedAt\":\"2019-08-24T06:14:41.313Z\"}")
		.getBytes(StandardCharsets.UTF_8);

	private final DisposableServer server;

	FileDetailsServer() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> response.header("Content-Type", "application/json")
				.sendByteArray(Mono.just(FILE_DETAILS)))
			.bindNow();
	}

	/**
	 * Serve until the process is stopped; for benchmarks that keep the server out of the client's JVM.
	 * @param args none
	 */
	public static void main(String[] args) {
		FileDetailsServer server = new FileDetailsServer();
		System.out.println("FileDetailsServer listening on " + server.baseUrl());
		server.server.onDispose().block();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
