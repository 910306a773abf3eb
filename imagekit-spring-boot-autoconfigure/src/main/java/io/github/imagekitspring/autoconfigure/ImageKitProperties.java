package io.github.imagekitspring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitDefaults;
import io.github.imagekitspring.ImageKitProxy;
import io.github.imagekitspring.observation.DefaultImageKitObservationConvention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

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
	 * Time allowed to open a connection. When unset, spring.http.clients.connect-timeout, or else 10s.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Time allowed for a response once the request is sent. When unset, spring.http.clients.read-timeout, or
	 * else 60s.
	 */
	private @Nullable Duration responseTimeout;

	/**
	 * The most bytes of one response body read into memory. A success with a larger body fails with a
	 * ResponseTooLargeException, at once when its Content-Length says so.
	 */
	private DataSize maxResponseSize = ImageKitDefaults.MAX_RESPONSE_SIZE;

	/**
	 * Further accounts, by name: each becomes an ImageKitOperations bean qualified with its name. Each takes
	 * imagekit.clients.<name>.private-key (required), .public-key, .url-endpoint, .webhook-secret, .api-base-url and
	 * .upload-base-url, as the top-level properties of the same names do; base URLs left unset are the top-level ones.
	 */
	private Map<String, Client> clients = new LinkedHashMap<>();

	private final Emulator emulator = new Emulator();
	private final Observations observations = new Observations();

	private final Health health = new Health();

	private final Retry retry = new Retry();

	private final RateLimit rateLimit = new RateLimit();

	private final Pool pool = new Pool();

	private final Proxy proxy = new Proxy();

	private final Ssl ssl = new Ssl();

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

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public @Nullable Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(@Nullable Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
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

	public Pool getPool() {
		return this.pool;
	}

	public Proxy getProxy() {
		return this.proxy;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	@Override
	public String toString() {
		return "ImageKitProperties[enabled=" + this.enabled + ", privateKey=" + Secrets.mask(this.privateKey)
				+ ", publicKey=" + this.publicKey + ", urlEndpoint=" + this.urlEndpoint + ", webhookSecret="
				+ Secrets.mask(this.webhookSecret) + ", apiBaseUrl="
				+ this.apiBaseUrl + ", uploadBaseUrl=" + this.uploadBaseUrl + ", clients=" + this.clients.keySet()
				+ ", proxy=" + this.proxy + ", ssl.bundle=" + this.ssl.getBundle() + "]";
	}

	/**
	 * The connection pool of each account's client.
	 */
	public static class Pool {

		/**
		 * Most connections open to each ImageKit host, per account.
		 */
		private int maxConnections = ImageKitDefaults.MAX_CONNECTIONS;

		/**
		 * Longest wait of a call for a free connection; after it the call fails with an ImageKitIoException.
		 */
		private Duration pendingAcquireTimeout = ImageKitDefaults.PENDING_ACQUIRE_TIMEOUT;

		/**
		 * Most calls waiting for a free connection at once; a call beyond them fails at once with an
		 * ImageKitIoException. -1 for no limit.
		 */
		private int maxPending = ImageKitDefaults.MAX_PENDING_ACQUIRES;

		/**
		 * How long a connection may stay idle before it is closed.
		 */
		private Duration maxIdleTime = ImageKitDefaults.MAX_IDLE_TIME;

		/**
		 * How long a connection is used at most, so that DNS changes are picked up.
		 */
		private Duration maxLifeTime = ImageKitDefaults.MAX_LIFE_TIME;

		/**
		 * How often idle and expired connections are closed in the background; 0 to close them only when a
		 * connection is next asked for.
		 */
		private Duration evictionInterval = ImageKitDefaults.EVICTION_INTERVAL;

		/**
		 * Whether to record Reactor Netty's reactor.netty.connection.provider.* meters of the pool, tagged
		 * name=imagekit-<account>, when the application has a MeterRegistry (they go through Micrometer's global
		 * registry, which Boot's registries join unless management.metrics.use-global-registry=false).
		 */
		private boolean metrics;

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

		public Duration getPendingAcquireTimeout() {
			return this.pendingAcquireTimeout;
		}

		public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
			this.pendingAcquireTimeout = pendingAcquireTimeout;
		}

		public int getMaxPending() {
			return this.maxPending;
		}

		public void setMaxPending(int maxPending) {
			this.maxPending = maxPending;
		}

		public Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		public void setMaxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

		public Duration getMaxLifeTime() {
			return this.maxLifeTime;
		}

		public void setMaxLifeTime(Duration maxLifeTime) {
			this.maxLifeTime = maxLifeTime;
		}

		public Duration getEvictionInterval() {
			return this.evictionInterval;
		}

		public void setEvictionInterval(Duration evictionInterval) {
			this.evictionInterval = evictionInterval;
		}

		public boolean isMetrics() {
			return this.metrics;
		}

		public void setMetrics(boolean metrics) {
			this.metrics = metrics;
		}

	}

	/**
	 * The proxy that every account reaches ImageKit through. When no host is set, the JVM's https.proxyHost,
	 * https.proxyPort and http.nonProxyHosts system properties apply.
	 */
	public static class Proxy {

		/**
		 * Kind of proxy.
		 */
		private ImageKitProxy.Type type = ImageKitProxy.Type.HTTP;

		/**
		 * Host of the proxy.
		 */
		private @Nullable String host;

		/**
		 * Port of the proxy.
		 */
		private @Nullable Integer port;

		/**
		 * User name to authenticate to the proxy with.
		 */
		private @Nullable String username;

		/**
		 * Password to authenticate to the proxy with.
		 */
		private @Nullable String password;

		/**
		 * Hosts reached without the proxy: names, or patterns with * at the start or end, such as
		 * *.internal.example.com.
		 */
		private List<String> nonProxyHosts = new ArrayList<>();

		public ImageKitProxy.Type getType() {
			return this.type;
		}

		public void setType(ImageKitProxy.Type type) {
			this.type = type;
		}

		public @Nullable String getHost() {
			return this.host;
		}

		public void setHost(@Nullable String host) {
			this.host = host;
		}

		public @Nullable Integer getPort() {
			return this.port;
		}

		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public List<String> getNonProxyHosts() {
			return this.nonProxyHosts;
		}

		public void setNonProxyHosts(List<String> nonProxyHosts) {
			this.nonProxyHosts = nonProxyHosts;
		}

		@Override
		public String toString() {
			return "Proxy[type=" + this.type + ", host=" + this.host + ", port=" + this.port + ", username="
					+ this.username + ", password=" + Secrets.mask(this.password) + ", nonProxyHosts="
					+ this.nonProxyHosts + "]";
		}

	}

	/**
	 * TLS of the connections to ImageKit.
	 */
	public static class Ssl {

		/**
		 * Name of the spring.ssl.bundle.* bundle for the connections to ImageKit, such as one trusting a private CA
		 * or holding a client certificate. When unset, spring.http.clients.ssl.bundle, or else the JVM's default
		 * trust.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Observation of ImageKit calls.
	 */
	public static class Observations {

		/**
		 * Name of the observation of each call, and so of its timer.
		 */
		private String name = DefaultImageKitObservationConvention.DEFAULT_NAME;

		/**
		 * Statuses the application expects and handles, such as a missing file (404) or a name already taken
		 * (409): a call failing with one logs at DEBUG. Any other failure (5xx, no answer, 401, 403, a 429 left
		 * after the retries) logs at WARN. Empty to log every failure at WARN.
		 */
		private Set<Integer> expectedErrorStatuses = new LinkedHashSet<>(ImageKitDefaults.EXPECTED_ERROR_STATUSES);

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Set<Integer> getExpectedErrorStatuses() {
			return this.expectedErrorStatuses;
		}

		public void setExpectedErrorStatuses(Set<Integer> expectedErrorStatuses) {
			this.expectedErrorStatuses = expectedErrorStatuses;
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

		/**
		 * Retries of this account's calls; each property left unset takes its imagekit.retry.* value.
		 */
		private final Retry retry = new Retry();

		/**
		 * Rate limiting of this account's calls; each property left unset takes its imagekit.rate-limit.* value.
		 */
		private final RateLimit rateLimit = new RateLimit();

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

		public Retry getRetry() {
			return this.retry;
		}

		public RateLimit getRateLimit() {
			return this.rateLimit;
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
	 * The embedded emulator, for development and tests only.
	 */
	public static class Emulator {

		/**
		 * Whether to start the embedded emulator (imagekit-emulator on the classpath) when no ImageKit account is
		 * configured. Off unless asked for, so a production start without a key fails instead.
		 */
		private boolean enabled;

		/**
		 * Port of the embedded emulator; 0 picks a free one.
		 */
		private int port;

		/**
		 * Directory for the contents of the embedded emulator's files; a temporary directory, deleted on shutdown,
		 * when unset.
		 */
		private @Nullable Path storageDir;

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

		public @Nullable Path getStorageDir() {
			return this.storageDir;
		}

		public void setStorageDir(@Nullable Path storageDir) {
			this.storageDir = storageDir;
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

		/**
		 * Deadline of a whole files().listAll(...), every page, retry and wait included; zero or negative for
		 * none. The call timeout applies to each page.
		 */
		private Duration listAllTimeout = ImageKitDefaults.LIST_ALL_TIMEOUT;

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

		public Duration getListAllTimeout() {
			return this.listAllTimeout;
		}

		public void setListAllTimeout(Duration listAllTimeout) {
			this.listAllTimeout = listAllTimeout;
		}

	}

	/**
	 * Client-side rate limiting per account and endpoint: every window that ImageKit's 429 answers name
	 * (X-RateLimit-Limit per X-RateLimit-Interval), each lined up with the server's window, or that is declared.
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

		/**
		 * Where permits are counted: local (each instance on its own) or redis (shared by every instance on the
		 * account: permits, learned windows and the pause after a 429). Redis needs io.lettuce:lettuce-core and
		 * com.bucket4j:bucket4j_jdk17-lettuce on the classpath.
		 */
		private Store store = Store.LOCAL;

		private final Redis redis = new Redis();

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

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public Redis getRedis() {
			return this.redis;
		}

	}

	/**
	 * Where rate-limit permits are counted.
	 */
	public enum Store {

		/** In each instance, on its own. */
		LOCAL,

		/** In Redis, shared by every instance on the account. */
		REDIS

	}

	/**
	 * The Redis of the shared rate-limit store; the application's (spring.data.redis.*) when unset.
	 */
	public static class Redis {

		/**
		 * Redis URL, such as redis://localhost:6379, when the application has no Redis of its own or the store
		 * should use another one.
		 */
		private @Nullable String url;

		/**
		 * Start of every key. Keys go on with the account's public key, or the id of its URL endpoint when it has
		 * none, and the endpoint; never with anything secret.
		 */
		private String keyPrefix = "imagekit:rate-limit:";

		/**
		 * Longest time any Redis operation may take; after it the call counts locally.
		 */
		private Duration timeout = Duration.ofSeconds(1);

		public @Nullable String getUrl() {
			return this.url;
		}

		public void setUrl(@Nullable String url) {
			this.url = url;
		}

		public String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * The windows of one endpoint known up front: either one (limit-for-period per limit-refresh-period) or several
	 * (windows).
	 */
	public static class Endpoint {

		/**
		 * Several windows, such as [{limit-for-period: 20, limit-refresh-period: 1s}, {limit-for-period: 120,
		 * limit-refresh-period: 10s}]; a call needs room in every one.
		 */
		private List<Window> windows = new ArrayList<>();

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

		public List<Window> getWindows() {
			return this.windows;
		}

		public void setWindows(List<Window> windows) {
			this.windows = windows;
		}

	}

	/**
	 * One fixed window of an endpoint's rate limit.
	 */
	public static class Window {

		/**
		 * Requests per window.
		 */
		private int limitForPeriod;

		/**
		 * Length of the window.
		 */
		private @Nullable Duration limitRefreshPeriod;

		public int getLimitForPeriod() {
			return this.limitForPeriod;
		}

		public void setLimitForPeriod(int limitForPeriod) {
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
