package io.github.imagekitspring.autoconfigure;

import reactor.netty.http.client.HttpClient;

/**
 * Customizes the Reactor Netty {@link HttpClient} of the ImageKit client: proxies, TLS, connection pools, wiretap.
 */
@FunctionalInterface
public interface ImageKitHttpClientCustomizer {

	/**
	 * Customize the client.
	 * @param httpClient the client, with the configured timeouts
	 * @return the client to use
	 */
	HttpClient customize(HttpClient httpClient);

}
