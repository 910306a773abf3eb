package io.github.imagekitspring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicIntegerArray;

import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A stand-in for ImageKit's management API on loopback: it allows {@code limit} requests per fixed window of
 * {@code intervalMs}, counted from {@link #start()}, and answers the rest with 429 and ImageKit's three headers,
 * the reset being the milliseconds left in the window.
 */
final class FixedWindowServer implements AutoCloseable {

	private static final byte[] FILE = "{\"fileId\":\"abc\",\"type\":\"file\",\"name\":\"a.jpg\"}"
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] TOO_MANY = "{\"message\":\"Too many requests\"}".getBytes(StandardCharsets.UTF_8);

	private final int limit;

	private final long intervalNanos;

	private volatile long startNanos;

	private volatile boolean started;

	private final AtomicIntegerArray accepted;

	private final AtomicIntegerArray refused;

	private final DisposableServer server;

	FixedWindowServer(int limit, long intervalMs, int maxWindows) {
		this.limit = limit;
		this.intervalNanos = intervalMs * 1_000_000L;
		this.accepted = new AtomicIntegerArray(maxWindows);
		this.refused = new AtomicIntegerArray(maxWindows);
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/v1/files/{fileId}/details", (request, response) -> {
				if (!this.started) {
					return response.header("Content-Type", "application/json").sendByteArray(Mono.just(FILE));
				}
				long elapsed = System.nanoTime() - this.startNanos;
				int window = (int) (elapsed / this.intervalNanos);
				int slot = Math.min(window, maxWindows - 1);
				if (this.accepted.incrementAndGet(slot) <= this.limit) {
					return response.header("Content-Type", "application/json").sendByteArray(Mono.just(FILE));
				}
				this.accepted.decrementAndGet(slot);
				this.refused.incrementAndGet(slot);
				long left = (window + 1) * this.intervalNanos - elapsed;
				long resetMs = (left + 999_999) / 1_000_000;
				return response.status(HttpResponseStatus.TOO_MANY_REQUESTS)
					.header("Content-Type", "application/json")
					.header("X-RateLimit-Limit", String.valueOf(this.limit))
					.header("X-RateLimit-Reset", String.valueOf(resetMs))
					.header("X-RateLimit-Interval", String.valueOf(intervalMs))
					.sendByteArray(Mono.just(TOO_MANY));
			}))
			.bindNow();
	}

	/** Until now every request was answered without counting (warm-up); from now on windows count. */
	void start() {
		this.startNanos = System.nanoTime();
		this.started = true;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	int accepted(int window) {
		return this.accepted.get(window);
	}

	int refused(int window) {
		return this.refused.get(window);
	}

	/** The window the server is in now. */
	int currentWindow() {
		return (int) ((System.nanoTime() - this.startNanos) / this.intervalNanos);
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
