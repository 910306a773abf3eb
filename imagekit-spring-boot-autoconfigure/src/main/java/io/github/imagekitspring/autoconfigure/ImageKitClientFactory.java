package io.github.imagekitspring.autoconfigure;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.resilience.ImageKitResilience;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the {@link ImageKitClient} of one account from its connection details, the application's
 * {@link WebClient.Builder} (cloned), the customizer beans and the shared {@link ImageKitResilience}, whose limiters
 * are named per account. Shared by the default and the named accounts.
 */
public final class ImageKitClientFactory {

	private final ImageKitProperties properties;

	private final ObjectProvider<WebClient.Builder> webClientBuilder;

	private final ObjectProvider<ImageKitWebClientCustomizer> webClientCustomizers;

	private final ObjectProvider<ImageKitHttpClientCustomizer> httpClientCustomizers;

	private final ImageKitResilience resilience;

	ImageKitClientFactory(ImageKitProperties properties, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ImageKitWebClientCustomizer> webClientCustomizers,
			ObjectProvider<ImageKitHttpClientCustomizer> httpClientCustomizers, ImageKitResilience resilience) {
		this.properties = properties;
		this.resilience = resilience;
		this.webClientBuilder = webClientBuilder;
		this.webClientCustomizers = webClientCustomizers;
		this.httpClientCustomizers = httpClientCustomizers;
	}

	/**
	 * Build the client of one account.
	 * @param accountName the account name, {@code default} for the top-level account
	 * @param connectionDetails where and how to reach it
	 * @return the client
	 */
	public ImageKitClient create(String accountName, ImageKitConnectionDetails connectionDetails) {
		ImageKitClient.Builder builder = ImageKitClient.builder()
			.accountName(accountName)
			.privateKey(connectionDetails.getPrivateKey())
			.apiBaseUrl(connectionDetails.getApiBaseUrl())
			.uploadBaseUrl(connectionDetails.getUploadBaseUrl())
			.connectTimeout(this.properties.getConnectTimeout())
			.responseTimeout(this.properties.getResponseTimeout())
			.resilience(this.resilience)
			.webClientBuilder(this.webClientBuilder.getIfAvailable(WebClient::builder));
		this.httpClientCustomizers.orderedStream().forEach((customizer) -> builder.httpClientCustomizer(customizer::customize));
		this.webClientCustomizers.orderedStream().forEach((customizer) -> builder.webClientCustomizer(customizer::customize));
		return builder.build();
	}

}
