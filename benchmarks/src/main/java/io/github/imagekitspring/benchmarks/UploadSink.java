package io.github.imagekitspring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** Takes any request on loopback, counts and discards its body, and answers with an upload's JSON. */
final class UploadSink implements AutoCloseable {

	private static final String UPLOAD_JSON = "{\"fileId\":\"large-1\",\"name\":\"large.bin\","
			+ "\"filePath\":\"/large.bin\",\"size\":1073741824,\"fileType\":\"non-image\"}";

	private final LongAdder bodyBytes = new LongAdder();

	private final DisposableServer server;

	UploadSink() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive()
				.doOnNext((buffer) -> this.bodyBytes.add(buffer.readableBytes()))
				.then(Mono.defer(() -> response.header("Content-Type", "application/json")
					.sendString(Mono.just(UPLOAD_JSON), StandardCharsets.UTF_8)
					.then())))
			.bindNow();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** Body bytes received since the last call. */
	long takeBodyBytes() {
		return this.bodyBytes.sumThenReset();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
