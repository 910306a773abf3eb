package io.github.imagekitspring.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The standalone emulator's admin port: {@code GET /health} and {@code GET /requests} (the request log as JSON). A port
 * of its own keeps these paths out of the ImageKit API and out of the request log, so that probes do not show there.
 */
final class AdminServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private AdminServer(HttpServer server) {
		this.server = server;
	}

	static AdminServer start(ImageKitEmulator emulator, String host, int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
		server.createContext("/", (exchange) -> {
			try (exchange) {
				if (!exchange.getRequestMethod().equals("GET")) {
					send(exchange, 405, Map.of("message", "Only GET is served here."));
				}
				else if (exchange.getRequestURI().getPath().equals("/health")) {
					send(exchange, 200, Map.of("status", "UP"));
				}
				else if (exchange.getRequestURI().getPath().equals("/requests")) {
					send(exchange, 200, emulator.requests());
				}
				else {
					send(exchange, 404, Map.of("message", "The admin port serves /health and /requests."));
				}
			}
		});
		server.start();
		return new AdminServer(server);
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private static void send(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
