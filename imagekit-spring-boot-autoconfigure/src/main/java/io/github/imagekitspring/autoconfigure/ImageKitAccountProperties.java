package io.github.imagekitspring.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * What every account is configured with: its keys, endpoints and webhook secret, and its retry and rate-limit
 * settings. The top-level {@code imagekit.*} account and each {@code imagekit.clients.<name>} share them; a named
 * account takes the top-level value of what it leaves unset.
 */
public abstract class ImageKitAccountProperties {

	/**
	 * Private API key of the account, sent as the HTTP Basic user name. Required unless only named clients are
	 * configured.
	 */
	private @Nullable String privateKey;

	/**
	 * Public API key of the account, for client-side upload authentication.
	 */
	private @Nullable String publicKey;

	/**
	 * URL endpoint that delivers the account's files, such as https://ik.imagekit.io/your_imagekit_id.
	 */
	private @Nullable String urlEndpoint;

	/**
	 * Secret that ImageKit signs webhooks with (whsec_...), for verifying them.
	 */
	private @Nullable String webhookSecret;

	/**
	 * Base URL of the management API. HTTPS, or plain HTTP to a loopback host for tests.
	 */
	private @Nullable String apiBaseUrl;

	/**
	 * Base URL of the upload API. HTTPS, or plain HTTP to a loopback host for tests.
	 */
	private @Nullable String uploadBaseUrl;

	/**
	 * Retries of the account's calls.
	 */
	private final ImageKitProperties.Retry retry = new ImageKitProperties.Retry();

	/**
	 * Rate limiting of the account's calls.
	 */
	private final ImageKitProperties.RateLimit rateLimit = new ImageKitProperties.RateLimit();

	public @Nullable String getPrivateKey() {
		return this.privateKey;
	}

	public void setPrivateKey(@Nullable String privateKey) {
		this.privateKey = privateKey;
	}

	public @Nullable String getPublicKey() {
		return this.publicKey;
	}

	public void setPublicKey(@Nullable String publicKey) {
		this.publicKey = publicKey;
	}

	public @Nullable String getUrlEndpoint() {
		return this.urlEndpoint;
	}

	public void setUrlEndpoint(@Nullable String urlEndpoint) {
		this.urlEndpoint = urlEndpoint;
	}

	public @Nullable String getWebhookSecret() {
		return this.webhookSecret;
	}

	public void setWebhookSecret(@Nullable String webhookSecret) {
		this.webhookSecret = webhookSecret;
	}

	public @Nullable String getApiBaseUrl() {
		return this.apiBaseUrl;
	}

	public void setApiBaseUrl(@Nullable String apiBaseUrl) {
		this.apiBaseUrl = apiBaseUrl;
	}

	public @Nullable String getUploadBaseUrl() {
		return this.uploadBaseUrl;
	}

	public void setUploadBaseUrl(@Nullable String uploadBaseUrl) {
		this.uploadBaseUrl = uploadBaseUrl;
	}

	public ImageKitProperties.Retry getRetry() {
		return this.retry;
	}

	public ImageKitProperties.RateLimit getRateLimit() {
		return this.rateLimit;
	}

	/**
	 * The account's settings for a {@code toString()}, secrets masked.
	 * @return the settings as text
	 */
	protected String accountSettings() {
		return "privateKey=" + Secrets.mask(this.privateKey) + ", publicKey=" + this.publicKey + ", urlEndpoint="
				+ this.urlEndpoint + ", webhookSecret=" + Secrets.mask(this.webhookSecret) + ", apiBaseUrl="
				+ this.apiBaseUrl + ", uploadBaseUrl=" + this.uploadBaseUrl;
	}

}
