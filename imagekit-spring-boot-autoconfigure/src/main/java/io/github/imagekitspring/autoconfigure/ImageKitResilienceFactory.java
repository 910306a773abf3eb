package io.github.imagekitspring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.resilience.ImageKitResilience;
import io.github.imagekitspring.resilience.ImageKitResilience.EndpointLimit;
import io.github.imagekitspring.resilience.RateLimitStore;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.StringUtils;

/**
 * Builds an {@link ImageKitResilience} from {@code imagekit.retry.*} and {@code imagekit.rate-limit.*}, or from an
 * account's overrides of them, all sharing the registries and the rate-limit store. Knows each account's key in the
 * store: its public key, or the id of its URL endpoint, never anything secret.
 */
final class ImageKitResilienceFactory {

	private final @Nullable RateLimiterRegistry rateLimiterRegistry;

	private final @Nullable RetryRegistry retryRegistry;

	private final @Nullable RateLimitStore store;

	private final Map<String, String> namespaces = new ConcurrentHashMap<>();

	ImageKitResilienceFactory(@Nullable RateLimiterRegistry rateLimiterRegistry, @Nullable RetryRegistry retryRegistry,
			@Nullable RateLimitStore store) {
		this.rateLimiterRegistry = rateLimiterRegistry;
		this.retryRegistry = retryRegistry;
		this.store = store;
	}

	ImageKitResilience create(ImageKitProperties.Retry retry, ImageKitProperties.RateLimit rateLimit,
			String prefix) {
		Duration callTimeout = retry.getCallTimeout();
		ImageKitResilience.Builder builder = ImageKitResilience.builder()
			.retryEnabled(retry.isEnabled())
			.maxAttempts(retry.getMaxAttempts())
			.initialBackoff(retry.getInitialBackoff())
			.multiplier(retry.getMultiplier())
			.maxBackoff(retry.getMaxBackoff())
			.maxRateLimitWait(retry.getMaxRateLimitWait())
			.retryOnLocked(retry.isRetryOnLocked())
			.callTimeout((callTimeout.isZero() || callTimeout.isNegative()) ? null : callTimeout)
			.rateLimitEnabled(rateLimit.isEnabled())
			.startUnlimited(rateLimit.isStartUnlimited())
			.limitForPeriod(rateLimit.getLimitForPeriod())
			.limitRefreshPeriod(rateLimit.getLimitRefreshPeriod())
			.timeout(rateLimit.getTimeout())
			.rateLimiterRegistry(this.rateLimiterRegistry)
			.retryRegistry(this.retryRegistry);
		rateLimit.getEndpoints().forEach((operationId, endpoint) -> builder.endpointLimit(operationId,
				windows(prefix + ".rate-limit.endpoints[" + operationId + "]", endpoint, rateLimit)));
		if (this.store != null && rateLimit.getStore() == ImageKitProperties.Store.REDIS) {
			builder.rateLimitStore(this.store, this::namespace);
		}
		return builder.build();
	}

	private static EndpointLimit[] windows(String name, ImageKitProperties.Endpoint endpoint,
			ImageKitProperties.RateLimit rateLimit) {
		List<EndpointLimit> windows = new ArrayList<>();
		try {
			if (endpoint.getWindows().isEmpty()) {
				windows.add(new EndpointLimit(
						(endpoint.getLimitForPeriod() != null) ? endpoint.getLimitForPeriod()
								: rateLimit.getLimitForPeriod(),
						(endpoint.getLimitRefreshPeriod() != null) ? endpoint.getLimitRefreshPeriod()
								: rateLimit.getLimitRefreshPeriod()));
			}
			for (ImageKitProperties.Window window : endpoint.getWindows()) {
				windows.add(new EndpointLimit(window.getLimitForPeriod(), window.getLimitRefreshPeriod()));
			}
			// The builder checks the set as a whole, such as two windows of one length.
			ImageKitResilience.builder().endpointLimit("check", windows.toArray(EndpointLimit[]::new));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(name, windows, ex.getMessage());
		}
		return windows.toArray(EndpointLimit[]::new);
	}

	/**
	 * Records the key of an account that counts in the shared store; fails the startup when the account has nothing
	 * that tells it apart without being secret.
	 */
	void account(String accountName, @Nullable String publicKey, @Nullable String urlEndpoint, String prefix) {
		String namespace = StringUtils.hasText(publicKey) ? publicKey.strip() : urlEndpointId(urlEndpoint);
		if (namespace == null) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".public-key", null,
					"imagekit.rate-limit.store=redis names each account's keys after its public key (or the id in "
							+ "its url-endpoint); set one of them");
		}
		this.namespaces.put(accountName, namespace);
	}

	private static @Nullable String urlEndpointId(@Nullable String urlEndpoint) {
		if (!StringUtils.hasText(urlEndpoint)) {
			return null;
		}
		String trimmed = urlEndpoint.strip().replaceAll("/+$", "");
		String id = trimmed.substring(trimmed.lastIndexOf('/') + 1);
		return StringUtils.hasText(id) ? id : null;
	}

	private String namespace(String accountName) {
		String namespace = this.namespaces.get(accountName);
		if (namespace == null) {
			throw new IllegalStateException("account " + accountName + " has no key in the rate-limit store");
		}
		return namespace;
	}

}
