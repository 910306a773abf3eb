package io.github.imagekitspring.connections;

import java.time.Duration;

import reactor.core.publisher.Flux;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.testsupport.ConnectionCountingServer;

/**
 * Sends a burst of concurrent calls to a loopback server, waits, and prints how many connections the server still
 * sees open: {@code RESULT calls=... opened=... openAfterBurst=... openAfterWait=...}.
 */
public final class IdleConnectionsMain {

	private IdleConnectionsMain() {
	}

	/**
	 * Run the burst.
	 * @param args the number of concurrent calls, the seconds to wait after them, and optionally the pool's
	 * maximum idle time in seconds
	 * @throws Exception if the calls fail
	 */
	public static void main(String[] args) throws Exception {
		ImageKitClient.Builder builder = ImageKitClient.builder();
		if (args.length > 2) {
			builder.maxIdleTime(Duration.ofSeconds(Long.parseLong(args[2]))).evictionInterval(Duration.ofSeconds(1));
		}
		int calls = Integer.parseInt(args[0]);
		Duration wait = Duration.ofSeconds(Long.parseLong(args[1]));
		try (ConnectionCountingServer server = new ConnectionCountingServer(Duration.ofMillis(200))) {
			ImageKitClient client = builder.privateKey("private_pool_measurement")
				.apiBaseUrl(server.baseUrl())
				.uploadBaseUrl(server.baseUrl())
				.resilience(ImageKitResilience.disabled())
				.build();
			Flux.range(0, calls)
				.flatMap((i) -> client.files().delete("file" + i), calls)
				.then()
				.block(Duration.ofMinutes(2));
			int afterBurst = server.open();
			Thread.sleep(wait.toMillis());
			System.out.println("RESULT calls=" + calls + " opened=" + server.opened() + " openAfterBurst=" + afterBurst
					+ " openAfterWait=" + server.open());
		}
		System.exit(0);
	}

}
