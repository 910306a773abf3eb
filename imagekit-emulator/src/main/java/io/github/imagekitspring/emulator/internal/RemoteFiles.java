package io.github.imagekitspring.emulator.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Fetches the file of an upload given by URL; loopback URLs only, so the emulator works without internet access. */
final class RemoteFiles {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(8)).build();

	Mono<byte[]> fetch(String url) {
		URI uri = URI.create(url);
		boolean loopback;
		try {
			loopback = uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			loopback = false;
		}
		if (!loopback) {
			throw ApiException.invalid("The emulator cannot fetch " + url + ": only loopback URLs can be fetched offline.");
		}
		return Mono.fromCallable(() -> {
			HttpResponse<byte[]> response = this.client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(8)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() / 100 != 2) {
				throw ApiException.invalid("The emulator cannot fetch " + url + ": it answered HTTP " + response.statusCode() + ".");
			}
			return response.body();
		}).subscribeOn(Schedulers.boundedElastic()).onErrorMap((ex) -> !(ex instanceof ApiException),
				(ex) -> ApiException.invalid("The emulator cannot fetch " + url + ": " + ex.getMessage()));
	}

}
