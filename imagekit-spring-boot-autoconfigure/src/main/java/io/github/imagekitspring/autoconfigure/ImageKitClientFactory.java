package io.github.imagekitspring.autoconfigure;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.observation.DefaultImageKitObservationConvention;
import io.github.imagekitspring.observation.ImageKitObservationConvention;
import io.github.imagekitspring.webhooks.WebhookVerifier;
import io.github.imagekitspring.resilience.ImageKitResilience;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the {@link ImageKitClient} of one account from its connection details, the network settings (timeouts,
 * pool, proxy, TLS), the application's
 * {@link WebClient.Builder} (cloned), the customizer beans, the observation registry and convention, and the shared
 * {@link ImageKitResilience}, whose limiters are named per account. Shared by the default and the named accounts.
 */
final class ImageKitClientFactory {

	private final ImageKitProperties properties;

	private final ObjectProvider<WebClient.Builder> webClientBuilder;

	private final ObjectProvider<ImageKitWebClientCustomizer> webClientCustomizers;

	private final ObjectProvider<ImageKitHttpClientCustomizer> httpClientCustomizers;

	private final ObjectProvider<ObservationRegistry> observationRegistry;

	private final ObjectProvider<ImageKitObservationConvention> observationConvention;

	private final ImageKitResilience resilience;

	private final ImageKitNetwork network;

	private final ImageKitResilienceFactory resilienceFactory;

	private final Environment environment;

	ImageKitClientFactory(ImageKitProperties properties, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ImageKitWebClientCustomizer> webClientCustomizers,
			ObjectProvider<ImageKitHttpClientCustomizer> httpClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<ImageKitObservationConvention> observationConvention, ImageKitResilience resilience,
			ImageKitResilienceFactory resilienceFactory, Environment environment, ImageKitNetwork network) {
		this.properties = properties;
		this.network = network;
		this.resilience = resilience;
		this.resilienceFactory = resilienceFactory;
		this.environment = environment;
		this.webClientBuilder = webClientBuilder;
		this.webClientCustomizers = webClientCustomizers;
		this.httpClientCustomizers = httpClientCustomizers;
		this.observationRegistry = observationRegistry;
		this.observationConvention = observationConvention;
	}

	/**
	 * Build the client of one account, with the top-level {@code imagekit.webhook-secret}.
	 * @param accountName the account name, {@code default} for the top-level account
	 * @param connectionDetails where and how to reach it
	 * @return the client
	 */
	public ImageKitClient create(String accountName, ImageKitConnectionDetails connectionDetails) {
		return create(accountName, connectionDetails, this.properties.getWebhookSecret());
	}

	/**
	 * Build the client of one account.
	 * @param accountName the account name, {@code default} for the top-level account
	 * @param connectionDetails where and how to reach it
	 * @param webhookSecret the account's webhook secret, or {@code null} if it has none; not connection
	 * information, so it comes from the properties
	 * @return the client
	 */
	public ImageKitClient create(String accountName, ImageKitConnectionDetails connectionDetails,
			@Nullable String webhookSecret) {
		String prefix = "default".equals(accountName) ? ImageKitProperties.PREFIX
				: ImageKitProperties.PREFIX + ".clients." + accountName;
		ImageKitClient.Builder builder = ImageKitClient.builder()
			.accountName(accountName)
			.privateKey(connectionDetails.getPrivateKey())
			.publicKey(textOrNull(connectionDetails.getPublicKey()))
			.urlEndpoint(textOrNull(connectionDetails.getUrlEndpoint()))
			.webhookSecret(checkedWebhookSecret(accountName, textOrNull(webhookSecret)))
			.apiBaseUrl(connectionDetails.getApiBaseUrl())
			.uploadBaseUrl(connectionDetails.getUploadBaseUrl())
			.maxResponseSize(this.properties.getMaxResponseSize())
			.listAllTimeout(positiveOrNull(this.properties.getRetry().getListAllTimeout()))
			.resilience(resilience(accountName, prefix, connectionDetails))
			.webClientBuilder(this.webClientBuilder.getIfAvailable(WebClient::builder))
			.observationRegistry(this.observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP))
			.expectedErrorStatuses(this.properties.getObservations().getExpectedErrorStatuses())
			.observationConvention(this.observationConvention.getIfAvailable(
					() -> DefaultImageKitObservationConvention.named(this.properties.getObservations().getName())));
		this.network.applyTo(builder);
		this.httpClientCustomizers.orderedStream().forEach((customizer) -> builder.httpClientCustomizer(customizer::customize));
		this.webClientCustomizers.orderedStream().forEach((customizer) -> builder.webClientCustomizer(customizer::customize));
		return builder.build();
	}

	private static @Nullable Duration positiveOrNull(Duration duration) {
		return (duration.isZero() || duration.isNegative()) ? null : duration;
	}

	/**
	 * The shared retry and rate limiting, or the account's own when it overrides any of imagekit.retry.* or
	 * imagekit.rate-limit.* under imagekit.clients.&lt;name&gt;: the top-level values, then the account's on top.
	 */
	private ImageKitResilience resilience(String accountName, String prefix,
			ImageKitConnectionDetails connectionDetails) {
		if ("default".equals(accountName)) {
			account(accountName, prefix, connectionDetails, this.properties.getRateLimit());
			return this.resilience;
		}
		Binder binder = Binder.get(this.environment);
		String top = ImageKitProperties.PREFIX;
		ImageKitProperties.Retry retry = binder.bind(top + ".retry", ImageKitProperties.Retry.class)
			.orElseGet(ImageKitProperties.Retry::new);
		ImageKitProperties.RateLimit rateLimit = binder.bind(top + ".rate-limit", ImageKitProperties.RateLimit.class)
			.orElseGet(ImageKitProperties.RateLimit::new);
		boolean retryOverridden = binder.bind(prefix + ".retry", Bindable.ofInstance(retry)).isBound();
		boolean rateLimitOverridden = binder.bind(prefix + ".rate-limit", Bindable.ofInstance(rateLimit)).isBound();
		ImageKitPropertiesChecks.storeSetOnce(binder, prefix);
		account(accountName, prefix, connectionDetails, rateLimit);
		if (!retryOverridden && !rateLimitOverridden) {
			return this.resilience;
		}
		return this.resilienceFactory.create(retry, rateLimit, prefix);
	}

	private void account(String accountName, String prefix, ImageKitConnectionDetails connectionDetails,
			ImageKitProperties.RateLimit rateLimit) {
		if (rateLimit.getStore() == ImageKitProperties.Store.REDIS) {
			this.resilienceFactory.account(accountName, connectionDetails.getPublicKey(),
					connectionDetails.getUrlEndpoint(), prefix);
		}
	}

	/** A malformed secret stops the startup naming the property, never showing the value. */
	private static @Nullable String checkedWebhookSecret(String accountName, @Nullable String secret) {
		if (secret != null) {
			UnresolvedPlaceholderException.check(webhookSecretProperty(accountName), secret);
			try {
				WebhookVerifier.create(secret, Clock.systemUTC());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidConfigurationPropertyValueException(webhookSecretProperty(accountName),
						Secrets.mask(secret), ex.getMessage());
			}
		}
		return secret;
	}

	private static String webhookSecretProperty(String accountName) {
		return ("default".equals(accountName) ? ImageKitProperties.PREFIX
				: ImageKitProperties.PREFIX + ".clients." + accountName) + ".webhook-secret";
	}

	/** An empty value, such as an unset environment variable, means "not configured". */
	private static @Nullable String textOrNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
