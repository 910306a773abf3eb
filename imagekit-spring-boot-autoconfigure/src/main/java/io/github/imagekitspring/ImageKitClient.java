package io.github.imagekitspring;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;

import io.github.imagekitspring.files.FileClient;
import io.github.imagekitspring.files.FileOperations;
import io.github.imagekitspring.http.Arguments;
import io.github.imagekitspring.http.ExchangeDecorator;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.resilience.ImageKitResilience;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The {@link ImageKitOperations} implementation over Spring's {@link WebClient}. Spring Boot applications get one
 * from the auto-configuration; anything else builds one with {@link #builder()}.
 */
public final class ImageKitClient implements ImageKitOperations {

	/** ImageKit's management API. */
	public static final String DEFAULT_API_BASE_URL = "https://api.imagekit.io";

	/** ImageKit's upload API. */
	public static final String DEFAULT_UPLOAD_BASE_URL = "https://upload.imagekit.io";

	private final String accountName;

	private final URI apiBaseUrl;

	private final URI uploadBaseUrl;

	private final FileOperations files;

	private ImageKitClient(Builder builder, URI apiBaseUrl, URI uploadBaseUrl) {
		this.accountName = builder.accountName;
		this.apiBaseUrl = apiBaseUrl;
		this.uploadBaseUrl = uploadBaseUrl;
		ImageKitExchange exchange = new ImageKitExchange(builder.webClient(), apiBaseUrl, uploadBaseUrl,
				builder.accountName, builder.resilience(), ExchangeDecorator.NONE);
		this.files = new FileClient(exchange);
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	public FileOperations files() {
		return this.files;
	}

	/** The name of the account this client acts for, {@code default} unless named. */
	public String accountName() {
		return this.accountName;
	}

	public URI apiBaseUrl() {
		return this.apiBaseUrl;
	}

	public URI uploadBaseUrl() {
		return this.uploadBaseUrl;
	}

	@Override
	public String toString() {
		return "ImageKitClient[account=" + this.accountName + ", apiBaseUrl=" + this.apiBaseUrl + ", uploadBaseUrl="
				+ this.uploadBaseUrl + "]";
	}

	/**
	 * Builds an {@link ImageKitClient}. Only the private key is required.
	 */
	public static final class Builder {

		private @Nullable String privateKey;

		private String apiBaseUrl = DEFAULT_API_BASE_URL;

		private String uploadBaseUrl = DEFAULT_UPLOAD_BASE_URL;

		private String accountName = "default";

		private Duration connectTimeout = Duration.ofSeconds(10);

		private Duration responseTimeout = Duration.ofSeconds(60);

		private WebClient.@Nullable Builder webClientBuilder;

		private @Nullable ImageKitResilience resilience;

		private final List<UnaryOperator<HttpClient>> httpClientCustomizers = new ArrayList<>();

		private final List<Consumer<WebClient.Builder>> webClientCustomizers = new ArrayList<>();

		private Builder() {
		}

		/**
		 * The account's private API key, sent as the HTTP Basic user name. Required.
		 * @param privateKey the key
		 * @return this builder
		 */
		public Builder privateKey(String privateKey) {
			this.privateKey = privateKey;
			return this;
		}

		/**
		 * Base URL of the management API; HTTPS, or plain HTTP to a loopback host for tests.
		 * @param apiBaseUrl the URL
		 * @return this builder
		 */
		public Builder apiBaseUrl(String apiBaseUrl) {
			this.apiBaseUrl = apiBaseUrl;
			return this;
		}

		/**
		 * Base URL of the upload API; HTTPS, or plain HTTP to a loopback host for tests.
		 * @param uploadBaseUrl the URL
		 * @return this builder
		 */
		public Builder uploadBaseUrl(String uploadBaseUrl) {
			this.uploadBaseUrl = uploadBaseUrl;
			return this;
		}

		/**
		 * A name for the account, used to tell clients apart in metrics and logs.
		 * @param accountName the name
		 * @return this builder
		 */
		public Builder accountName(String accountName) {
			this.accountName = Arguments.requireText(accountName, "accountName");
			return this;
		}

		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
			return this;
		}

		/**
		 * How long to wait for a response once the request is sent.
		 * @param responseTimeout the timeout
		 * @return this builder
		 */
		public Builder responseTimeout(Duration responseTimeout) {
			this.responseTimeout = requirePositive(responseTimeout, "responseTimeout");
			return this;
		}

		/**
		 * The builder to start from, such as the application's; it is cloned, never changed.
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = Arguments.requireNonNull(webClientBuilder, "webClientBuilder");
			return this;
		}

		/**
		 * Change the Reactor Netty client after timeouts are applied: proxies, TLS, wiretap, pools.
		 * @param customizer the customizer
		 * @return this builder
		 */
		public Builder httpClientCustomizer(UnaryOperator<HttpClient> customizer) {
			this.httpClientCustomizers.add(Arguments.requireNonNull(customizer, "customizer"));
			return this;
		}

		/**
		 * Change the ImageKit {@link WebClient.Builder} after base settings are applied.
		 * @param customizer the customizer
		 * @return this builder
		 */
		public Builder webClientCustomizer(Consumer<WebClient.Builder> customizer) {
			this.webClientCustomizers.add(Arguments.requireNonNull(customizer, "customizer"));
			return this;
		}

		/**
		 * Retry and rate limiting for this client's calls; share one instance between the clients of several
		 * accounts. By default each client gets its own, with retries and 429-driven rate limiting on.
		 * @param resilience the resilience settings, or {@link ImageKitResilience#disabled()}
		 * @return this builder
		 */
		public Builder resilience(ImageKitResilience resilience) {
			this.resilience = Arguments.requireNonNull(resilience, "resilience");
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws IllegalArgumentException if the private key is missing or a base URL is malformed or insecure
		 */
		public ImageKitClient build() {
			Arguments.requireText(this.privateKey, "privateKey");
			URI api = ImageKitUrls.requireSecureBaseUrl(this.apiBaseUrl, "apiBaseUrl");
			URI upload = ImageKitUrls.requireSecureBaseUrl(this.uploadBaseUrl, "uploadBaseUrl");
			return new ImageKitClient(this, api, upload);
		}

		private ImageKitResilience resilience() {
			return (this.resilience != null) ? this.resilience : ImageKitResilience.builder().build();
		}

		private WebClient webClient() {
			HttpClient httpClient = HttpClient.create()
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(this.connectTimeout.toMillis()))
				.responseTimeout(this.responseTimeout);
			for (UnaryOperator<HttpClient> customizer : this.httpClientCustomizers) {
				httpClient = customizer.apply(httpClient);
			}
			String key = this.privateKey;
			WebClient.Builder builder = ((this.webClientBuilder != null) ? this.webClientBuilder.clone()
					: WebClient.builder())
				.clientConnector(new ReactorClientHttpConnector(httpClient))
				.defaultHeaders((headers) -> headers.setBasicAuth(key, ""));
			this.webClientCustomizers.forEach((customizer) -> customizer.accept(builder));
			return builder.build();
		}

		private static Duration requirePositive(@Nullable Duration value, String name) {
			if (value == null || value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException(name + " must be a positive duration");
			}
			return value;
		}

	}

}
