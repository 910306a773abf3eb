package io.github.imagekitspring.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitClient;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the ImageKit client, under {@code imagekit}.
 */
@ConfigurationProperties(ImageKitProperties.PREFIX)
public class ImageKitProperties {

	/** The prefix of every property. */
	public static final String PREFIX = "imagekit";

	/**
	 * Whether to auto-configure the ImageKit client.
	 */
	private boolean enabled = true;

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
	private String apiBaseUrl = ImageKitClient.DEFAULT_API_BASE_URL;

	/**
	 * Base URL of the upload API. HTTPS, or plain HTTP to a loopback host for tests.
	 */
	private String uploadBaseUrl = ImageKitClient.DEFAULT_UPLOAD_BASE_URL;

	/**
	 * Time allowed to open a connection.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Time allowed for a response once the request is sent.
	 */
	private Duration responseTimeout = Duration.ofSeconds(60);

	/**
	 * Further accounts, by name: each becomes an ImageKitOperations bean qualified with its name. Base URLs left
	 * unset are taken from the top-level properties.
	 */
	private Map<String, Client> clients = new LinkedHashMap<>();

	private final Emulator emulator = new Emulator();
	private final Observations observations = new Observations();

	private final Health health = new Health();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

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

	public String getApiBaseUrl() {
		return this.apiBaseUrl;
	}

	public void setApiBaseUrl(String apiBaseUrl) {
		this.apiBaseUrl = apiBaseUrl;
	}

	public String getUploadBaseUrl() {
		return this.uploadBaseUrl;
	}

	public void setUploadBaseUrl(String uploadBaseUrl) {
		this.uploadBaseUrl = uploadBaseUrl;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public Map<String, Client> getClients() {
		return this.clients;
	}

	public void setClients(Map<String, Client> clients) {
		this.clients = clients;
	}

	public Emulator getEmulator() {
		return this.emulator;
	}

	public Observations getObservations() {
		return this.observations;
	}

	public Health getHealth() {
		return this.health;
	}

	@Override
	public String toString() {
		return "ImageKitProperties[enabled=" + this.enabled + ", privateKey=" + Secrets.mask(this.privateKey)
				+ ", publicKey=" + this.publicKey + ", urlEndpoint=" + this.urlEndpoint + ", webhookSecret="
				+ Secrets.mask(this.webhookSecret) + ", apiBaseUrl="
				+ this.apiBaseUrl + ", uploadBaseUrl=" + this.uploadBaseUrl + ", clients=" + this.clients.keySet()
				+ "]";
	}

	/**
	 * Observation of ImageKit calls.
	 */
	public static class Observations {

		/**
		 * Name of the observation of each call, and so of its timer.
		 */
		// A literal, so that the configuration metadata shows the default.
		private String name = "imagekit.client.requests";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	/**
	 * The ImageKit health indicator.
	 */
	public static class Health {

		/**
		 * Whether to check ImageKit in the application's health; each check makes one authenticated API call.
		 */
		private boolean enabled;

		/**
		 * How long a check's result is reused, so that health probes cannot use up the account's rate limit.
		 */
		private Duration cacheTtl = Duration.ofMinutes(1);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

	}

	/**
	 * One named account.
	 */
	public static class Client {

		/**
		 * Private API key of this account.
		 */
		private @Nullable String privateKey;

		/**
		 * Public API key of this account.
		 */
		private @Nullable String publicKey;

		/**
		 * URL endpoint that delivers this account's files.
		 */
		private @Nullable String urlEndpoint;

		/**
		 * Secret that ImageKit signs this account's webhooks with.
		 */
		private @Nullable String webhookSecret;

		/**
		 * Base URL of the management API for this account; the top-level value when unset.
		 */
		private @Nullable String apiBaseUrl;

		/**
		 * Base URL of the upload API for this account; the top-level value when unset.
		 */
		private @Nullable String uploadBaseUrl;

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

		@Override
		public String toString() {
			return "Client[privateKey=" + Secrets.mask(this.privateKey) + ", publicKey=" + this.publicKey
					+ ", urlEndpoint=" + this.urlEndpoint + ", webhookSecret=" + Secrets.mask(this.webhookSecret)
					+ ", apiBaseUrl=" + this.apiBaseUrl + ", uploadBaseUrl="
					+ this.uploadBaseUrl + "]";
		}

	}

	/**
	 * The embedded emulator, started when it is on the classpath and no account is configured.
	 */
	public static class Emulator {

		/**
		 * Whether to start the embedded emulator when no ImageKit account is configured.
		 */
		private boolean enabled = true;

		/**
		 * Port of the embedded emulator; 0 picks a free one.
		 */
		private int port;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

	}

}
