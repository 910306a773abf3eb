package io.github.imagekitspring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;

import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * ImageKit's account-wide rate limit on loopback, for any number of client processes: file details allowed
 * {@code limit} times per fixed window of {@code intervalMs}, for each of several windows, counted from
 * {@link #start()}; a request over a window is answered 429 with ImageKit's headers about that window. Counts the
 * answers per second.
 */
final class AccountWindowServer implements AutoCloseable {

	private static final byte[] FILE = "{\"fileId\":\"abc\",\"type\":\"file\",\"name\":\"a.jpg\"}"
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] TOO_MANY = "{\"message\":\"Too many requests\"}".getBytes(StandardCharsets.UTF_8);

	private final long[][] windows;

	private final Map<String, Integer> used = new HashMap<>();

	private final AtomicIntegerArray accepted;

	private final AtomicIntegerArray refused;

	private volatile long startNanos;

	private volatile boolean started;

	private final DisposableServer server;

	/**
	 * @param seconds how many seconds to count answers for
	 * @param windows pairs of limit and interval in ms
	 */
	AccountWindowServer(int seconds, long[]... windows) {
		this.windows = windows;
		this.accepted = new AtomicIntegerArray(seconds + 60);
		this.refused = new AtomicIntegerArray(seconds + 60);
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/v1/files/{fileId}/details", (request, response) -> {
				if (!this.started) {
					return response.header("Content-Type", "application/json").sendByteArray(Mono.just(FILE));
				}
				long elapsed = System.nanoTime() - this.startNanos;
				int second = (int) Math.min(elapsed / 1_000_000_000L, this.accepted.length() - 1);
				long[] full = take(elapsed);
				if (full == null) {
					this.accepted.incrementAndGet(second);
					return response.header("Content-Type", "application/json").sendByteArray(Mono.just(FILE));
				}
				this.refused.incrementAndGet(second);
				long intervalNanos = full[1] * 1_000_000L;
				long resetMs = ((elapsed / intervalNanos + 1) * intervalNanos - elapsed + 999_999) / 1_000_000;
				return response.status(HttpResponseStatus.TOO_MANY_REQUESTS)
					.header("Content-Type", "application/json")
					.header("X-RateLimit-Limit", String.valueOf(full[0]))
					.header("X-RateLimit-Reset", String.valueOf(resetMs))
					.header("X-RateLimit-Interval", String.valueOf(full[1]))
					.sendByteArray(Mono.just(TOO_MANY));
			}))
			.bindNow();
	}

	/** Counts the request in every window, or in none and returns the window that is full. */
	private synchronized long[] take(long elapsed) {
		for (long[] window : this.windows) {
			if (this.used.getOrDefault(key(window, elapsed), 0) >= window[0]) {
				return window;
			}
		}
		for (long[] window : this.windows) {
			this.used.merge(key(window, elapsed), 1, Integer::sum);
		}
		return null;
	}

	private static String key(long[] window, long elapsed) {
		return window[1] + "#" + (elapsed / (window[1] * 1_000_000L));
	}

	/** Until now every request was answered without counting (warm-up); from now on windows count. */
	void start() {
		this.startNanos = System.nanoTime();
		this.started = true;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	int accepted(int second) {
		return this.accepted.get(second);
	}

	int refused(int second) {
		return this.refused.get(second);
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
