package io.github.imagekitspring.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP proxy on loopback that tunnels CONNECT requests, as corporate proxies do, and records each one with its
 * {@code Proxy-Authorization} header. With credentials set, it answers any other authorization with 407.
 */
public final class ForwardingProxy implements AutoCloseable {

	/** One CONNECT request as the proxy received it. */
	public record Tunnel(String target, @Nullable String proxyAuthorization, boolean accepted) {
	}

	private final ServerSocket socket;

	private final @Nullable String expectedAuthorization;

	private final List<Tunnel> tunnels = new CopyOnWriteArrayList<>();

	public ForwardingProxy(@Nullable String username, @Nullable String password) throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.expectedAuthorization = (username != null) ? "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)) : null;
		Thread acceptor = new Thread(this::accept, "forwarding-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.socket.getLocalPort();
	}

	public List<Tunnel> tunnels() {
		return List.copyOf(this.tunnels);
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket client = this.socket.accept();
				Thread handler = new Thread(() -> handle(client), "forwarding-proxy-connection");
				handler.setDaemon(true);
				handler.start();
			}
			catch (IOException ex) {
				// Closed.
			}
		}
	}

	private void handle(Socket client) {
		try {
			InputStream in = client.getInputStream();
			OutputStream out = client.getOutputStream();
			List<String> head = readHead(in);
			String[] requestLine = head.get(0).split(" ");
			String authorization = head.stream()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith("proxy-authorization:"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(null);
			boolean accepted = "CONNECT".equals(requestLine[0])
					&& (this.expectedAuthorization == null || this.expectedAuthorization.equals(authorization));
			this.tunnels.add(new Tunnel(requestLine[1], authorization, accepted));
			if (!accepted) {
				out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
						+ "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				client.close();
				return;
			}
			String[] target = requestLine[1].split(":");
			Socket upstream = new Socket(target[0], Integer.parseInt(target[1]));
			out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			Thread back = new Thread(() -> pipe(upstream, client), "forwarding-proxy-back");
			back.setDaemon(true);
			back.start();
			pipe(client, upstream);
		}
		catch (IOException ex) {
			close(client);
		}
	}

	private static List<String> readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < end.length) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("connection closed in the request head");
			}
			head.write(next);
			matched = (next == end[matched]) ? matched + 1 : ((next == '\r') ? 1 : 0);
		}
		return List.of(head.toString(StandardCharsets.US_ASCII).split("\r\n"));
	}

	private static void pipe(Socket from, Socket to) {
		try {
			from.getInputStream().transferTo(to.getOutputStream());
		}
		catch (IOException ex) {
			// One side went away.
		}
		finally {
			close(from);
			close(to);
		}
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
