package io.github.imagekitspring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of the ImageKit client only, after the base URL, authentication and
 * timeouts are applied. Unlike a global {@code WebClientCustomizer}, it cannot leak ImageKit's authentication into
 * the application's other clients.
 */
@FunctionalInterface
public interface ImageKitWebClientCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the ImageKit client's own builder
	 */
	void customize(WebClient.Builder builder);

}
