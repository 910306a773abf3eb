package io.github.imagekitspring.connections;

import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.testsupport.ConnectionCountingServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The client's own connection pool, seen from the server's side of the connections.
 */
class ConnectionPoolTests {

	@Test
	void idleConnectionsCloseWithinTheMaxIdleTimeAfterABurst() throws Exception {
		try (ConnectionCountingServer server = new ConnectionCountingServer(Duration.ofMillis(300));
				ImageKitClient client = client(server).maxIdleTime(Duration.ofSeconds(1))
					.evictionInterval(Duration.ofMillis(200))
					.build()) {
			burst(client, 50);
			// Kept for reuse at first...
			assertThat(server.open()).isGreaterThan(10).isEqualTo(server.opened());
			// ...closed once idle for a second: one eviction interval later, with slack for a loaded machine.
			assertThat(waitUntilZero(server::open, Duration.ofMillis(1000 + 200 + 1800))).isZero();
		}
	}

	@Test
	void connectionsAreReusedWithinTheIdleTime() {
		try (ConnectionCountingServer server = new ConnectionCountingServer(Duration.ofMillis(50));
				ImageKitClient client = client(server).maxConnections(5).build()) {
			burst(client, 20);
			burst(client, 20);
			assertThat(server.opened()).isEqualTo(5);
		}
	}

	@Test
	void callsBeyondThePendingLimitFailTypedAtOnce() {
		try (ConnectionCountingServer server = new ConnectionCountingServer(Duration.ofSeconds(2));
				ImageKitClient client = client(server).maxConnections(1).maxPendingAcquires(1).build()) {
			List<Throwable> failures = Flux.range(0, 4)
				.flatMap((i) -> client.files().delete("file" + i).then(Mono.<Throwable>empty())
					.onErrorResume(Mono::just), 4)
				.collectList()
				.block(Duration.ofSeconds(10));
			// One call holds the connection, one waits for it, the other two are refused.
			assertThat(failures).hasSize(2).allSatisfy((failure) -> {
				assertThat(failure).isInstanceOf(ImageKitIoException.class).hasMessageContaining("files.delete")
					.hasMessageContaining("Pending acquire queue has reached its maximum size of 1");
				assertThat(((ImageKitIoException) failure).operation()).isEqualTo("files.delete");
			});
		}
	}

	@Test
	void aCallThatWaitsTooLongForAConnectionFailsTyped() {
		try (ConnectionCountingServer server = new ConnectionCountingServer(Duration.ofSeconds(3));
				ImageKitClient client = client(server).maxConnections(1)
					.pendingAcquireTimeout(Duration.ofMillis(300))
					.build()) {
			client.files().delete("holder").subscribe(null, (ex) -> { });
			assertThatExceptionOfType(ImageKitIoException.class)
				.isThrownBy(() -> client.files().delete("waiter").block(Duration.ofSeconds(5)))
				.withMessageContaining("Pool#acquire(Duration) has been pending for more than the configured timeout");
		}
	}

	@Test
	void closingTheClientClosesItsConnections() throws Exception {
		try (ConnectionCountingServer server = new ConnectionCountingServer(Duration.ofMillis(50))) {
			ImageKitClient client = client(server).build();
			burst(client, 10);
			assertThat(server.open()).isPositive().isEqualTo(server.opened());
			client.close();
			assertThat(waitUntilZero(server::open, Duration.ofSeconds(5))).isZero();
		}
	}

	@Test
	void poolSettingsAreCheckedWhenSet() {
		assertThatIllegalArgumentException().isThrownBy(() -> ImageKitClient.builder().maxConnections(0))
			.withMessageContaining("maxConnections");
		assertThatIllegalArgumentException().isThrownBy(() -> ImageKitClient.builder().maxPendingAcquires(0))
			.withMessageContaining("maxPendingAcquires");
		assertThatIllegalArgumentException().isThrownBy(() -> ImageKitClient.builder().maxIdleTime(Duration.ZERO))
			.withMessageContaining("maxIdleTime");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImageKitClient.builder().evictionInterval(Duration.ofSeconds(-1)))
			.withMessageContaining("evictionInterval");
	}

	private static ImageKitClient.Builder client(ConnectionCountingServer server) {
		return ImageKitClient.builder()
			.privateKey("private_pool_test")
			.apiBaseUrl(server.baseUrl())
			.uploadBaseUrl(server.baseUrl())
			.resilience(ImageKitResilience.disabled());
	}

	private static void burst(ImageKitClient client, int calls) {
		Flux.range(0, calls).flatMap((i) -> client.files().delete("file" + i), calls).then()
			.block(Duration.ofSeconds(30));
	}

	private static int waitUntilZero(IntSupplier count, Duration deadline) throws InterruptedException {
		long end = System.nanoTime() + deadline.toNanos();
		while (count.getAsInt() != 0 && System.nanoTime() < end) {
			Thread.sleep(20);
		}
		return count.getAsInt();
	}

}
