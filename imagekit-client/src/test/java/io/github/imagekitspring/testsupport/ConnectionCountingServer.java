package io.github.imagekitspring.testsupport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A loopback HTTP server that answers every request with 204 after a delay and counts, on its own side, the
 * connections that are open right now and that were ever opened.
 */
public final class ConnectionCountingServer implements AutoCloseable {

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger opened = new AtomicInteger();

	private final DisposableServer server;

	public ConnectionCountingServer(Duration delay) {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			// Per channel: doOnConnection would fire once per request on a kept-alive connection.
			.doOnChannelInit((observer, channel, remoteAddress) -> {
				this.open.incrementAndGet();
				this.opened.incrementAndGet();
				channel.closeFuture().addListener((future) -> this.open.decrementAndGet());
			})
			.handle((request, response) -> Mono.delay(delay).then(response.status(204).send()))
			.bindNow();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** Connections open now, as the server sees them. */
	public int open() {
		return this.open.get();
	}

	/** Connections accepted since the start. */
	public int opened() {
		return this.opened.get();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
