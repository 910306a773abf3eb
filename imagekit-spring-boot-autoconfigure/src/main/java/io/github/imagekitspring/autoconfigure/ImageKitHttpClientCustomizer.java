package io.github.imagekitspring.autoconfigure;

import reactor.netty.http.client.HttpClient;

/**
 * Customizes the Reactor Netty {@link HttpClient} of the ImageKit client beyond the {@code imagekit.pool.*},
 * {@code imagekit.proxy.*} and {@code imagekit.ssl.*} settings, such as with a wiretap.
 */
@FunctionalInterface
public interface ImageKitHttpClientCustomizer {

	/**
	 * Customize the client.
	 * @param httpClient the client, with the configured timeouts, pool, proxy and TLS
	 * @return the client to use
	 */
	HttpClient customize(HttpClient httpClient);

}
