package io.github.imagekitspring.autoconfigure;

import java.time.Duration;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitDefaults;
import io.github.imagekitspring.ImageKitProxy;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.ReactorHttpClientBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.StringUtils;

/**
 * The network settings of every account's client: {@code imagekit.*} first, then the application's
 * {@code spring.http.clients.*} settings, then the client's defaults. Checked when created, so that a bad setting
 * stops the startup naming its property.
 */
final class ImageKitNetwork {

	/** Applied with Boot's own builder, as to the application's other clients. */
	private final HttpClientSettings settings;

	private final ImageKitProperties.Pool pool;

	private final boolean poolMetrics;

	private final @Nullable ImageKitProxy proxy;

	ImageKitNetwork(ImageKitProperties properties, @Nullable HttpClientSettings bootSettings,
			@Nullable SslBundles sslBundles, boolean meterRegistry) {
		HttpClientSettings boot = (bootSettings != null) ? bootSettings : HttpClientSettings.defaults();
		Duration connectTimeout = first(properties.getConnectTimeout(), boot.connectTimeout(), ImageKitDefaults.CONNECT_TIMEOUT);
		Duration responseTimeout = first(properties.getResponseTimeout(), boot.readTimeout(), ImageKitDefaults.RESPONSE_TIMEOUT);
		String bundleName = properties.getSsl().getBundle();
		SslBundle bundle = StringUtils.hasText(bundleName) ? sslBundle(sslBundles, bundleName.strip())
				: boot.sslBundle();
		// ImageKit does not redirect; following one would carry the private key to wherever it points.
		this.settings = new HttpClientSettings(HttpRedirects.DONT_FOLLOW, connectTimeout, responseTimeout, bundle);
		this.pool = properties.getPool();
		this.poolMetrics = this.pool.isMetrics() && meterRegistry;
		this.proxy = proxy(properties.getProxy());
		// Checked now, against a builder that is never built.
		applyTo(ImageKitClient.builder());
	}

	/**
	 * Apply the settings to a client builder.
	 * @param builder the builder
	 */
	void applyTo(ImageKitClient.Builder builder) {
		String prefix = ImageKitProperties.PREFIX;
		check(prefix + ".connect-timeout", this.settings.connectTimeout(), builder::connectTimeout);
		check(prefix + ".response-timeout", this.settings.readTimeout(), builder::responseTimeout);
		check(prefix + ".pool.max-connections", this.pool.getMaxConnections(), builder::maxConnections);
		check(prefix + ".pool.pending-acquire-timeout", this.pool.getPendingAcquireTimeout(),
				builder::pendingAcquireTimeout);
		check(prefix + ".pool.max-pending", this.pool.getMaxPending(), builder::maxPendingAcquires);
		check(prefix + ".pool.max-idle-time", this.pool.getMaxIdleTime(), builder::maxIdleTime);
		check(prefix + ".pool.max-life-time", this.pool.getMaxLifeTime(), builder::maxLifeTime);
		check(prefix + ".pool.eviction-interval", this.pool.getEvictionInterval(), builder::evictionInterval);
		builder.poolMetrics(this.poolMetrics);
		if (this.proxy != null) {
			builder.proxy(this.proxy);
		}
		HttpClientSettings settings = this.settings;
		builder.httpClientCustomizer(
				(httpClient) -> new ReactorHttpClientBuilder().withHttpClientFactory(() -> httpClient).build(settings));
	}

	private static <T> void check(String property, @Nullable T value, Consumer<T> setter) {
		try {
			setter.accept(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(property, value, ex.getMessage());
		}
	}

	private static SslBundle sslBundle(@Nullable SslBundles sslBundles, String name) {
		String property = ImageKitProperties.PREFIX + ".ssl.bundle";
		if (sslBundles == null) {
			throw new InvalidConfigurationPropertyValueException(property, name,
					"SSL bundles are not configured in this application");
		}
		try {
			return sslBundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidConfigurationPropertyValueException(property, name,
					"No SSL bundle with this name is configured under spring.ssl.bundle");
		}
	}

	private static @Nullable ImageKitProxy proxy(ImageKitProperties.Proxy properties) {
		String prefix = ImageKitProperties.PREFIX + ".proxy.";
		String host = properties.getHost();
		Integer port = properties.getPort();
		String username = StringUtils.hasText(properties.getUsername()) ? properties.getUsername().strip() : null;
		String password = StringUtils.hasLength(properties.getPassword()) ? properties.getPassword() : null;
		if (!StringUtils.hasText(host)) {
			if (port != null || username != null || password != null || !properties.getNonProxyHosts().isEmpty()) {
				throw new InvalidConfigurationPropertyValueException(prefix + "host", host,
						"A proxy host is needed when other " + prefix + "* properties are set");
			}
			return null;
		}
		if (port == null || port < 1 || port > 65535) {
			throw new InvalidConfigurationPropertyValueException(prefix + "port", port,
					"A proxy port between 1 and 65535 is needed with " + prefix + "host");
		}
		if (password != null && username == null) {
			throw new InvalidConfigurationPropertyValueException(prefix + "username", null,
					"A proxy username is needed with " + prefix + "password");
		}
		if (username != null && password == null) {
			throw new InvalidConfigurationPropertyValueException(prefix + "password", Secrets.mask(password),
					"A proxy password is needed with " + prefix + "username");
		}
		return new ImageKitProxy(properties.getType(), host.strip(), port, username, password,
				properties.getNonProxyHosts());
	}

	@SafeVarargs
	private static <T> T first(@Nullable T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		throw new IllegalStateException("No value");
	}

	@Override
	public String toString() {
		return "ImageKitNetwork[connectTimeout=" + this.settings.connectTimeout() + ", responseTimeout="
				+ this.settings.readTimeout() + ", sslBundle=" + (this.settings.sslBundle() != null) + ", proxy="
				+ this.proxy + "]";
	}

}
