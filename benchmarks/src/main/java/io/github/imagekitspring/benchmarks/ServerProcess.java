package io.github.imagekitspring.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.github.imagekitspring.emulator.ImageKitEmulatorMain;

/**
 * A server in a JVM of its own on loopback, so that the clients compared against it share no process (and no event
 * loop) with it: the ImageKit emulator, or a {@link FileDetailsServer}.
 */
final class ServerProcess implements AutoCloseable {

	private final Process process;

	private final String baseUrl;

	private ServerProcess(Class<?> main, String... args) throws IOException {
		this.process = new ProcessBuilder(ResultLine.java("512m", main, args)).redirectErrorStream(true).start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = output.readLine()) != null && !line.contains("listening on ")) {
			System.out.println("  | " + line);
		}
		if (line == null) {
			throw new IllegalStateException("the emulator did not start");
		}
		this.baseUrl = line.substring(line.indexOf("listening on ") + 13).split(" ")[0];
		// Keep reading so that the emulator never blocks on a full pipe.
		Thread drain = new Thread(() -> output.lines().forEach((ignored) -> {
		}), "emulator-output");
		drain.setDaemon(true);
		drain.start();
	}

	static ServerProcess emulator() throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		return new ServerProcess(ImageKitEmulatorMain.class, "--host=127.0.0.1", "--port=" + port,
				"--private-key=" + Clients.PRIVATE_KEY);
	}

	static ServerProcess fileDetailsServer() throws IOException {
		return new ServerProcess(FileDetailsServer.class);
	}

	String baseUrl() {
		return this.baseUrl;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
