package io.github.imagekitspring.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitDefaults;
import io.github.imagekitspring.observation.DefaultImageKitObservationConvention;

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
	private Duration connectTimeout = ImageKitDefaults.CONNECT_TIMEOUT;

	/**
	 * Time allowed for a response once the request is sent.
	 */
	private Duration responseTimeout = ImageKitDefaults.RESPONSE_TIMEOUT;

	/**
	 * Further accounts, by name: each becomes an ImageKitOperations bean qualified with its name. Base URLs left
	 * unset are taken from the top-level properties.
	 */
	private Map<String, Client> clients = new LinkedHashMap<>();

	private final Emulator emulator = new Emulator();
	private final Observations observations = new Observations();

	private final Health health = new Health();

	private final Retry retry = new Retry();

	private final RateLimit rateLimit = new RateLimit();

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

	public Retry getRetry() {
		return this.retry;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
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
		private String name = DefaultImageKitObservationConvention.DEFAULT_NAME;

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

	/**
	 * Retries of failed calls.
	 */
	public static class Retry {

		/**
		 * Whether failed calls are retried: 429 for every request whose body can be sent again; 5xx, 423 and
		 * transport failures only for requests that are safe to repeat; never 409 or other 4xx.
		 */
		private boolean enabled = true;

		/**
		 * Requests per call at most, the first included.
		 */
		private int maxAttempts = ImageKitDefaults.MAX_ATTEMPTS;

		/**
		 * Wait before the first retry of a 5xx, 423 or transport failure; later waits grow by the multiplier, with
		 * jitter.
		 */
		private Duration initialBackoff = ImageKitDefaults.INITIAL_BACKOFF;

		/**
		 * Factor by which the backoff grows after each failed attempt.
		 */
		private double multiplier = ImageKitDefaults.BACKOFF_MULTIPLIER;

		/**
		 * Longest backoff between two attempts.
		 */
		private Duration maxBackoff = ImageKitDefaults.MAX_BACKOFF;

		/**
		 * Longest X-RateLimit-Reset a 429 may ask to wait; a longer one fails the call at once with the 429.
		 */
		private Duration maxRateLimitWait = ImageKitDefaults.MAX_RATE_LIMIT_WAIT;

		/**
		 * Whether 423 (a folder locked by a bulk job) is retried for requests that are safe to repeat.
		 */
		private boolean retryOnLocked = true;

		/**
		 * Deadline of a whole call, every attempt and wait included; zero or negative for none.
		 */
		private Duration callTimeout = ImageKitDefaults.CALL_TIMEOUT;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getMaxRateLimitWait() {
			return this.maxRateLimitWait;
		}

		public void setMaxRateLimitWait(Duration maxRateLimitWait) {
			this.maxRateLimitWait = maxRateLimitWait;
		}

		public boolean isRetryOnLocked() {
			return this.retryOnLocked;
		}

		public void setRetryOnLocked(boolean retryOnLocked) {
			this.retryOnLocked = retryOnLocked;
		}

		public Duration getCallTimeout() {
			return this.callTimeout;
		}

		public void setCallTimeout(Duration callTimeout) {
			this.callTimeout = callTimeout;
		}

	}

	/**
	 * Client-side rate limiting, one limiter per account and endpoint, adapted to the X-RateLimit-* headers of
	 * ImageKit's 429 answers.
	 */
	public static class RateLimit {

		/**
		 * Whether calls to the management API go through a client-side rate limiter. The upload API is not
		 * rate-limited by ImageKit and never is here.
		 */
		private boolean enabled = true;

		/**
		 * Whether an endpoint without an explicit limit is unlimited until its first 429, which then sets its limit
		 * and interval.
		 */
		private boolean startUnlimited = true;

		/**
		 * Requests per refresh period before the first 429, when not starting unlimited.
		 */
		private int limitForPeriod = 10;

		/**
		 * Length of the limiter's period before the first 429, when not starting unlimited.
		 */
		private Duration limitRefreshPeriod = Duration.ofSeconds(1);

		/**
		 * Longest time a caller waits for a permit; after it the call fails without being sent.
		 */
		private Duration timeout = Duration.ofSeconds(30);

		/**
		 * Starting limits per endpoint, by operation id in brackets, such as
		 * imagekit.rate-limit.endpoints[files.list].limit-for-period; they apply even when starting unlimited.
		 */
		private Map<String, Endpoint> endpoints = new LinkedHashMap<>();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isStartUnlimited() {
			return this.startUnlimited;
		}

		public void setStartUnlimited(boolean startUnlimited) {
			this.startUnlimited = startUnlimited;
		}

		public int getLimitForPeriod() {
			return this.limitForPeriod;
		}

		public void setLimitForPeriod(int limitForPeriod) {
			this.limitForPeriod = limitForPeriod;
		}

		public Duration getLimitRefreshPeriod() {
			return this.limitRefreshPeriod;
		}

		public void setLimitRefreshPeriod(Duration limitRefreshPeriod) {
			this.limitRefreshPeriod = limitRefreshPeriod;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Map<String, Endpoint> getEndpoints() {
			return this.endpoints;
		}

		public void setEndpoints(Map<String, Endpoint> endpoints) {
			this.endpoints = endpoints;
		}

	}

	/**
	 * A starting limit for one endpoint.
	 */
	public static class Endpoint {

		/**
		 * Requests per refresh period for this endpoint; the top-level value when unset.
		 */
		private @Nullable Integer limitForPeriod;

		/**
		 * Length of this endpoint's period; the top-level value when unset.
		 */
		private @Nullable Duration limitRefreshPeriod;

		public @Nullable Integer getLimitForPeriod() {
			return this.limitForPeriod;
		}

		public void setLimitForPeriod(@Nullable Integer limitForPeriod) {
			this.limitForPeriod = limitForPeriod;
		}

		public @Nullable Duration getLimitRefreshPeriod() {
			return this.limitRefreshPeriod;
		}

		public void setLimitRefreshPeriod(@Nullable Duration limitRefreshPeriod) {
			this.limitRefreshPeriod = limitRefreshPeriod;
		}

	}

}
