package io.github.imagekitspring.ratelimit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * ImageKit's account-wide rate limit on loopback: file details allowed {@code limit} times per fixed window of
 * {@code intervalMs}, for every window, all clients counted together; a request over any window is answered 429
 * with ImageKit's headers about that window. Counts the answers by the shortest window they fell in.
 */
final class WindowedLimitServer implements AutoCloseable {

	private static final byte[] FILE = "{\"fileId\":\"abc\",\"type\":\"file\",\"name\":\"a.jpg\"}"
		.getBytes(StandardCharsets.UTF_8);

	private final long[][] windows;

	private final long startNanos = System.nanoTime();

	private final Map<String, AtomicInteger> used = new ConcurrentHashMap<>();

	private final Map<Long, AtomicInteger> accepted = new ConcurrentHashMap<>();

	private final Map<Long, AtomicInteger> refused = new ConcurrentHashMap<>();

	private final DisposableServer server;

	/** @param windows pairs of limit and interval in ms, the shortest first */
	WindowedLimitServer(long[]... windows) {
		this.windows = windows;
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/v1/files/{fileId}/details", (request, response) -> {
				long elapsed = System.nanoTime() - this.startNanos;
				String refusedBy = take(elapsed);
				long shortest = elapsed / (this.windows[0][1] * 1_000_000L);
				if (refusedBy == null) {
					this.accepted.computeIfAbsent(shortest, (k) -> new AtomicInteger()).incrementAndGet();
					return response.header("Content-Type", "application/json").sendByteArray(Mono.just(FILE));
				}
				this.refused.computeIfAbsent(shortest, (k) -> new AtomicInteger()).incrementAndGet();
				String[] parts = refusedBy.split("/");
				long intervalMs = Long.parseLong(parts[1]);
				long intervalNanos = intervalMs * 1_000_000L;
				long resetMs = ((elapsed / intervalNanos + 1) * intervalNanos - elapsed + 999_999) / 1_000_000;
				return response.status(HttpResponseStatus.TOO_MANY_REQUESTS)
					.header("Content-Type", "application/json")
					.header("X-RateLimit-Limit", parts[0])
					.header("X-RateLimit-Reset", String.valueOf(resetMs))
					.header("X-RateLimit-Interval", String.valueOf(intervalMs))
					.sendString(Mono.just("{\"message\":\"Too many requests\"}"));
			}))
			.bindNow();
	}

	/** Counts the request in every window, or in none and says which window is full. */
	private synchronized String take(long elapsed) {
		for (long[] window : this.windows) {
			if (counter(window, elapsed).get() >= window[0]) {
				return window[0] + "/" + window[1];
			}
		}
		for (long[] window : this.windows) {
			counter(window, elapsed).incrementAndGet();
		}
		return null;
	}

	private AtomicInteger counter(long[] window, long elapsed) {
		long index = elapsed / (window[1] * 1_000_000L);
		return this.used.computeIfAbsent(window[1] + "#" + index, (k) -> new AtomicInteger());
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** The shortest window the server is in now. */
	long currentWindow() {
		return (System.nanoTime() - this.startNanos) / (this.windows[0][1] * 1_000_000L);
	}

	int accepted(long window) {
		AtomicInteger count = this.accepted.get(window);
		return (count != null) ? count.get() : 0;
	}

	int refused(long window) {
		AtomicInteger count = this.refused.get(window);
		return (count != null) ? count.get() : 0;
	}

	/** Accepted and refused per shortest window, from {@code from} to before {@code to}, for messages. */
	String perWindow(long from, long to) {
		StringBuilder text = new StringBuilder();
		for (long window = from; window < to; window++) {
			text.append(' ').append(accepted(window)).append('/').append(refused(window));
		}
		return text.toString();
	}

	List<Integer> acceptedBetween(long from, long to) {
		return java.util.stream.LongStream.range(from, to).mapToObj(this::accepted).toList();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
