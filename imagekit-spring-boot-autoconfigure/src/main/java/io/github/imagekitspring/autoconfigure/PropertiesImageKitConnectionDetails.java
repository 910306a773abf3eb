package io.github.imagekitspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitUrls;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * {@link ImageKitConnectionDetails} from {@code imagekit.*} properties, checked when created so that a bad
 * configuration stops the application at startup with the property's name.
 */
final class PropertiesImageKitConnectionDetails implements ImageKitConnectionDetails {

	private static final String PUBLIC_KEY_PREFIX = "public_";

	private static final String PRIVATE_KEY_PREFIX = "private_";

	private final String privateKey;

	private final @Nullable String publicKey;

	private final @Nullable String urlEndpoint;

	private final String apiBaseUrl;

	private final String uploadBaseUrl;

	/**
	 * Connection details of the top-level account.
	 * @param properties the properties
	 */
	PropertiesImageKitConnectionDetails(ImageKitProperties properties) {
		this(ImageKitProperties.PREFIX, properties.getPrivateKey(), properties.getPublicKey(),
				properties.getUrlEndpoint(), properties.getApiBaseUrl(), properties.getUploadBaseUrl());
	}

	/**
	 * Connection details of a named account, inheriting unset base URLs from the top level.
	 * @param name the account name
	 * @param client the account's properties
	 * @param properties the top-level properties
	 */
	PropertiesImageKitConnectionDetails(String name, ImageKitProperties.Client client,
			ImageKitProperties properties) {
		this(ImageKitProperties.PREFIX + ".clients." + name, client.getPrivateKey(), client.getPublicKey(),
				client.getUrlEndpoint(),
				(client.getApiBaseUrl() != null) ? client.getApiBaseUrl() : properties.getApiBaseUrl(),
				(client.getUploadBaseUrl() != null) ? client.getUploadBaseUrl() : properties.getUploadBaseUrl());
	}

	private PropertiesImageKitConnectionDetails(String prefix, @Nullable String privateKey,
			@Nullable String publicKey, @Nullable String urlEndpoint, String apiBaseUrl, String uploadBaseUrl) {
		UnresolvedPlaceholderException.check(prefix + ".private-key", privateKey);
		UnresolvedPlaceholderException.check(prefix + ".public-key", publicKey);
		UnresolvedPlaceholderException.check(prefix + ".url-endpoint", urlEndpoint);
		UnresolvedPlaceholderException.check(prefix + ".api-base-url", apiBaseUrl);
		UnresolvedPlaceholderException.check(prefix + ".upload-base-url", uploadBaseUrl);
		// Values are never put in the messages: they would be keys.
		if (privateKey == null || privateKey.isBlank()) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".private-key", "",
					"The private key of the ImageKit account must be set (find it in the ImageKit dashboard under "
							+ "Developer options), or set imagekit.enabled=false to turn the client off.");
		}
		if (privateKey.strip().startsWith(PUBLIC_KEY_PREFIX)) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".private-key", "",
					"A public key (public_...) was given where the private key (private_...) belongs; ImageKit "
							+ "would answer every call with 403.");
		}
		if (publicKey != null && publicKey.strip().startsWith(PRIVATE_KEY_PREFIX)) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".public-key", "",
					"A private key (private_...) was given where the public key (public_...) belongs; the public key "
							+ "is handed to browsers, the private key must never be.");
		}
		this.privateKey = privateKey.strip();
		this.publicKey = publicKey;
		this.urlEndpoint = (urlEndpoint != null) ? checkUrl(prefix + ".url-endpoint", urlEndpoint, false) : null;
		this.apiBaseUrl = checkUrl(prefix + ".api-base-url", apiBaseUrl, true);
		this.uploadBaseUrl = checkUrl(prefix + ".upload-base-url", uploadBaseUrl, true);
	}

	private static String checkUrl(String property, String value, boolean secure) {
		try {
			if (secure) {
				return ImageKitUrls.requireSecureBaseUrl(value, property).toString();
			}
			java.net.URI uri = new java.net.URI(value);
			if (uri.getScheme() == null || uri.getHost() == null) {
				throw new IllegalArgumentException(property + " must be an absolute URL with a host");
			}
			return value;
		}
		catch (IllegalArgumentException | java.net.URISyntaxException ex) {
			throw new InvalidConfigurationPropertyValueException(property, value, ex.getMessage());
		}
	}

	@Override
	public String getPrivateKey() {
		return this.privateKey;
	}

	@Override
	public @Nullable String getPublicKey() {
		return this.publicKey;
	}

	@Override
	public @Nullable String getUrlEndpoint() {
		return this.urlEndpoint;
	}

	@Override
	public String getApiBaseUrl() {
		return this.apiBaseUrl;
	}

	@Override
	public String getUploadBaseUrl() {
		return this.uploadBaseUrl;
	}

	@Override
	public String toString() {
		return "PropertiesImageKitConnectionDetails[privateKey=" + Secrets.mask(this.privateKey) + ", apiBaseUrl="
				+ this.apiBaseUrl + ", uploadBaseUrl=" + this.uploadBaseUrl + "]";
	}

}
