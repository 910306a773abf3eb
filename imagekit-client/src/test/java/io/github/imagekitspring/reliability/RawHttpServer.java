package io.github.imagekitspring.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-connection-at-a-time HTTP server on loopback for the faults WireMock cannot stage byte for byte: it answers
 * the first requests with a given fault and the rest with a plain 200, always closing the connection.
 */
final class RawHttpServer implements AutoCloseable {

	/** What to do instead of answering properly. */
	enum RawFault {

		/** Headers promising 200 bytes, 10 of them, then a TCP reset. */
		RESET_MID_RESPONSE,

		/** A chunked 200 whose chunk size is not hexadecimal, then close. */
		MALFORMED_CHUNK,

		/** A 200 announcing a 1 GiB body, 10 bytes of it, then nothing until the client closes. */
		HUGE_CONTENT_LENGTH

	}

	private final ServerSocket socket;

	private final RawFault fault;

	private final String okBody;

	private final AtomicInteger faultsLeft;

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger closedByClient = new AtomicInteger();

	private final Thread acceptor;

	RawHttpServer(RawFault fault, int faults, String okBody) throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.fault = fault;
		this.okBody = okBody;
		this.faultsLeft = new AtomicInteger(faults);
		this.acceptor = new Thread(this::serve, "raw-http-server");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	String baseUrl() {
		InetSocketAddress address = (InetSocketAddress) this.socket.getLocalSocketAddress();
		return "http://127.0.0.1:" + address.getPort();
	}

	/** Requests whose head arrived. */
	int requests() {
		return this.requests.get();
	}

	/** Connections the client closed while the server was still in the middle of its answer. */
	int closedByClient() {
		return this.closedByClient.get();
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket connection = this.socket.accept()) {
				readRequest(connection.getInputStream());
				this.requests.incrementAndGet();
				answer(connection);
			}
			catch (IOException ex) {
				// The client went away or the server was closed: next connection.
			}
		}
	}

	private void answer(Socket connection) throws IOException {
		OutputStream out = connection.getOutputStream();
		if (this.faultsLeft.getAndDecrement() <= 0) {
			byte[] body = this.okBody.getBytes(StandardCharsets.UTF_8);
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
					+ body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			return;
		}
		if (this.fault == RawFault.HUGE_CONTENT_LENGTH) {
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-ik-requestId: req-huge\r\n"
					+ "Content-Length: 1073741824\r\n\r\n{\"fileId\":").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			try {
				connection.getInputStream().read();
			}
			catch (IOException ex) {
				// Reset rather than closed: the client went away all the same.
			}
			this.closedByClient.incrementAndGet();
			return;
		}
		if (this.fault == RawFault.RESET_MID_RESPONSE) {
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
					+ "{\"fileId\":").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			connection.setSoLinger(true, 0);
			return;
		}
		out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ "zz\r\n{\"fileId\":\"abc\"}\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/** Reads the head and a Content-Length or chunked body, so the client is never cut off while still sending. */
	private static void readRequest(InputStream in) throws IOException {
		String head = readUntil(in, "\r\n\r\n").toLowerCase(Locale.ROOT);
		if (head.contains("transfer-encoding: chunked")) {
			readUntil(in, "\r\n0\r\n\r\n");
			return;
		}
		int index = head.indexOf("content-length:");
		if (index >= 0) {
			int end = head.indexOf("\r\n", index);
			long length = Long.parseLong(head.substring(index + "content-length:".length(), end).strip());
			in.readNBytes((int) length);
		}
	}

	private static String readUntil(InputStream in, String terminator) throws IOException {
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		byte[] end = terminator.getBytes(StandardCharsets.US_ASCII);
		int matched = 0;
		while (matched < end.length) {
			int next = in.read();
			if (next < 0) {
				throw new SocketException("closed before " + terminator.strip());
			}
			read.write(next);
			matched = (next == end[matched]) ? matched + 1 : ((next == end[0]) ? 1 : 0);
		}
		return read.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
