package io.github.imagekitspring.benchmarks;

import java.time.Duration;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.resilience.ImageKitResilience;

/**
 * The two ways of calling the details endpoint that the benchmarks compare, each on its own connection pool of the
 * same size: our client as an application gets it (observed into a meter registry, retries and 429-driven rate
 * limiting on), and a bare {@link WebClient} sending the same request and decoding the same record.
 */
final class Clients {

	static final String PRIVATE_KEY = "private_benchmark";

	private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

	private Clients() {
	}

	/** A pool that never refuses a caller: as many connections as callers, no cap on waiting acquires. */
	static ConnectionProvider connections(String name, int callers) {
		return ConnectionProvider.builder(name).maxConnections(callers).pendingAcquireMaxCount(-1).build();
	}

	static ImageKitOperations observedClient(String baseUrl, String privateKey, ConnectionProvider connections,
			SimpleMeterRegistry meters) {
		return client(baseUrl, privateKey, connections, meters, true);
	}

	/**
	 * Our client, with or without observation and resilience, to tell what each costs.
	 * @param meters the registry to observe calls into, or {@code null} for no observation
	 * @param resilience whether retries and rate limiting are on (the default) or off
	 */
	static ImageKitOperations client(String baseUrl, String privateKey, ConnectionProvider connections,
			@Nullable SimpleMeterRegistry meters, boolean resilience) {
		return client(baseUrl, privateKey, connections, meters,
				resilience ? ImageKitResilience.builder().build() : ImageKitResilience.disabled());
	}

	/** Our client with the given retry and rate limiting, such as with the Redis store. */
	static ImageKitOperations client(String baseUrl, String privateKey, ConnectionProvider connections,
			@Nullable SimpleMeterRegistry meters, ImageKitResilience resilience) {
		ImageKitClient.Builder builder = ImageKitClient.builder()
			.privateKey(privateKey)
			.apiBaseUrl(baseUrl)
			.uploadBaseUrl(baseUrl)
			.httpClientCustomizer((ignored) -> HttpClient.create(connections).responseTimeout(RESPONSE_TIMEOUT));
		if (meters != null) {
			ObservationRegistry observations = ObservationRegistry.create();
			observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
			builder.observationRegistry(observations);
		}
		return builder.resilience(resilience).build();
	}

	static WebClient rawWebClient(String baseUrl, String privateKey, ConnectionProvider connections) {
		return WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(
					HttpClient.create(connections).responseTimeout(RESPONSE_TIMEOUT)))
			.baseUrl(baseUrl)
			.defaultHeaders((headers) -> headers.setBasicAuth(privateKey, ""))
			.build();
	}

	static Mono<FileDetails> rawDetails(WebClient webClient, String fileId) {
		return webClient.get().uri("/v1/files/{fileId}/details", fileId).retrieve().bodyToMono(FileDetails.class);
	}

}
