package io.github.imagekitspring;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.ProxyProvider;

import io.github.imagekitspring.internal.client.CacheClient;
import io.github.imagekitspring.cache.CacheOperations;
import io.github.imagekitspring.internal.client.CustomMetadataFieldClient;
import io.github.imagekitspring.custommetadata.CustomMetadataFieldOperations;
import io.github.imagekitspring.internal.client.AccountClient;
import io.github.imagekitspring.accounts.AccountOperations;
import io.github.imagekitspring.internal.client.FileClient;
import io.github.imagekitspring.files.FileOperations;
import io.github.imagekitspring.internal.client.FolderClient;
import io.github.imagekitspring.folders.FolderOperations;
import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.internal.http.CrudResource;
import io.github.imagekitspring.internal.http.ExchangeDecorator;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.observation.ImageKitObservationConvention;
import io.github.imagekitspring.internal.observation.ObservationExchangeDecorator;
import io.github.imagekitspring.internal.client.MetadataClient;
import io.github.imagekitspring.metadata.MetadataOperations;
import io.github.imagekitspring.upload.UploadAuthentication;
import io.github.imagekitspring.internal.client.UploadClient;
import io.github.imagekitspring.upload.UploadOperations;
import io.github.imagekitspring.urls.UrlOperations;
import io.github.imagekitspring.webhooks.WebhookVerifier;
import io.github.imagekitspring.namedtransformations.CreateNamedTransformationRequest;
import io.github.imagekitspring.namedtransformations.NamedTransformation;
import io.github.imagekitspring.namedtransformations.NamedTransformationOperations;
import io.github.imagekitspring.namedtransformations.UpdateNamedTransformationRequest;
import io.github.imagekitspring.savedextensions.CreateSavedExtensionRequest;
import io.github.imagekitspring.savedextensions.SavedExtension;
import io.github.imagekitspring.savedextensions.UpdateSavedExtensionRequest;
import io.github.imagekitspring.savedextensions.SavedExtensionOperations;
import io.github.imagekitspring.resilience.ImageKitResilience;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The {@link ImageKitOperations} implementation over Spring's {@link WebClient}. Spring Boot applications get one
 * from the auto-configuration; anything else builds one with {@link #builder()}. Each client has a connection pool
 * of its own, released by {@link #close()}.
 */
public final class ImageKitClient implements ImageKitOperations, AutoCloseable {

	/** ImageKit's management API. */
	public static final String DEFAULT_API_BASE_URL = "https://api.imagekit.io";

	/** ImageKit's upload API. */
	public static final String DEFAULT_UPLOAD_BASE_URL = "https://upload.imagekit.io";

	private final String accountName;

	private final URI apiBaseUrl;

	private final URI uploadBaseUrl;

	private final FileOperations files;

	private final FolderOperations folders;

	private final MetadataOperations metadata;

	private final CustomMetadataFieldOperations customMetadataFields;

	private final CacheOperations cache;

	private final UploadOperations uploads;

	private final @Nullable UrlOperations urls;

	private final @Nullable WebhookVerifier webhooks;

	private final AccountOperations accounts;

	private final SavedExtensionOperations savedExtensions;

	private final NamedTransformationOperations namedTransformations;

	private final ConnectionProvider connectionProvider;

	private ImageKitClient(Builder builder, URI apiBaseUrl, URI uploadBaseUrl, String privateKey) {
		this.accountName = builder.accountName;
		this.apiBaseUrl = apiBaseUrl;
		this.uploadBaseUrl = uploadBaseUrl;
		this.connectionProvider = builder.connectionProvider();
		ImageKitExchange exchange = new ImageKitExchange(builder.webClient(this.connectionProvider), apiBaseUrl,
				uploadBaseUrl,
				builder.accountName, builder.resilience(),
				new ObservationExchangeDecorator(builder.observationRegistry, builder.observationConvention,
						builder.expectedErrorStatuses),
				Math.toIntExact(builder.maxResponseSize.toBytes()));
		// Each group implements only the withResponse() form; its plain form is the interface's default methods.
		this.files = FileClient.operations(exchange, builder.listAllTimeout);
		FolderClient folders = new FolderClient(exchange);
		this.folders = () -> folders;
		MetadataClient metadata = new MetadataClient(exchange);
		this.metadata = () -> metadata;
		CustomMetadataFieldClient customMetadataFields = new CustomMetadataFieldClient(exchange);
		this.customMetadataFields = () -> customMetadataFields;
		CacheClient cache = new CacheClient(exchange);
		this.cache = () -> cache;
		this.accounts = AccountClient.operations(exchange);
		var savedExtensions = new CrudResource<SavedExtension, CreateSavedExtensionRequest, UpdateSavedExtensionRequest>(
				exchange, SavedExtension.class, ImageKitOperation.SAVED_EXTENSIONS_LIST,
				ImageKitOperation.SAVED_EXTENSIONS_CREATE, ImageKitOperation.SAVED_EXTENSIONS_GET,
				ImageKitOperation.SAVED_EXTENSIONS_UPDATE, ImageKitOperation.SAVED_EXTENSIONS_DELETE);
		this.savedExtensions = () -> savedExtensions;
		var namedTransformations = new CrudResource<NamedTransformation, CreateNamedTransformationRequest,
				UpdateNamedTransformationRequest>(exchange, NamedTransformation.class,
				ImageKitOperation.NAMED_TRANSFORMATIONS_LIST,
				ImageKitOperation.NAMED_TRANSFORMATIONS_CREATE, ImageKitOperation.NAMED_TRANSFORMATIONS_GET,
				ImageKitOperation.NAMED_TRANSFORMATIONS_UPDATE, ImageKitOperation.NAMED_TRANSFORMATIONS_DELETE);
		this.namedTransformations = () -> namedTransformations;
		// The private key is kept only inside the signers built here.
		UploadAuthentication uploadAuthentication = (builder.publicKey != null)
				? UploadAuthentication.create(builder.publicKey, privateKey, builder.clock) : null;
		this.uploads = new UploadClient(exchange, () -> configured(uploadAuthentication, "public-key", "publicKey",
				"create client-side upload credentials"));
		this.urls = (builder.urlEndpoint != null)
				? UrlOperations.create(builder.urlEndpoint, privateKey, builder.clock) : null;
		this.webhooks = (builder.webhookSecret != null) ? webhookVerifier(builder.webhookSecret, builder.clock)
				: null;
	}

	private static WebhookVerifier webhookVerifier(String secret, Clock clock) {
		try {
			return WebhookVerifier.create(secret, clock);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("webhookSecret is invalid: " + ex.getMessage(), ex);
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	public FileOperations files() {
		return this.files;
	}

	@Override
	public AccountOperations accounts() {
		return this.accounts;
	}

	@Override
	public SavedExtensionOperations savedExtensions() {
		return this.savedExtensions;
	}

	@Override
	public NamedTransformationOperations namedTransformations() {
		return this.namedTransformations;
	}

	@Override
	public FolderOperations folders() {
		return this.folders;
	}

	@Override
	public MetadataOperations metadata() {
		return this.metadata;
	}

	@Override
	public CustomMetadataFieldOperations customMetadataFields() {
		return this.customMetadataFields;
	}

	@Override
	public CacheOperations cache() {
		return this.cache;
	}

	@Override
	public UploadOperations uploads() {
		return this.uploads;
	}

	@Override
	public UrlOperations urls() {
		return configured(this.urls, "url-endpoint", "urlEndpoint", "build URLs");
	}

	@Override
	public WebhookVerifier webhooks() {
		return configured(this.webhooks, "webhook-secret", "webhookSecret", "verify webhooks");
	}

	private <T> T configured(@Nullable T value, String property, String builderMethod, String purpose) {
		if (value == null) {
			String prefix = "default".equals(this.accountName) ? "imagekit."
					: "imagekit.clients." + this.accountName + ".";
			throw new IllegalStateException("ImageKit account '" + this.accountName + "' needs " + prefix + property
					+ " (or ImageKitClient.Builder." + builderMethod + ") to " + purpose);
		}
		return value;
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

	/**
	 * Close the client's pooled connections, once it is no longer used.
	 */
	@Override
	public void close() {
		this.connectionProvider.dispose();
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

		private @Nullable String publicKey;

		private @Nullable String urlEndpoint;

		private @Nullable String webhookSecret;

		private Clock clock = Clock.systemUTC();

		private String apiBaseUrl = DEFAULT_API_BASE_URL;

		private String uploadBaseUrl = DEFAULT_UPLOAD_BASE_URL;

		private String accountName = "default";

		private Duration connectTimeout = ImageKitDefaults.CONNECT_TIMEOUT;

		private Duration responseTimeout = ImageKitDefaults.RESPONSE_TIMEOUT;

		private int maxConnections = ImageKitDefaults.MAX_CONNECTIONS;

		private Duration pendingAcquireTimeout = ImageKitDefaults.PENDING_ACQUIRE_TIMEOUT;

		private int maxPendingAcquires = ImageKitDefaults.MAX_PENDING_ACQUIRES;

		private Duration maxIdleTime = ImageKitDefaults.MAX_IDLE_TIME;

		private Duration maxLifeTime = ImageKitDefaults.MAX_LIFE_TIME;

		private Duration evictionInterval = ImageKitDefaults.EVICTION_INTERVAL;

		private boolean poolMetrics;

		private @Nullable ImageKitProxy proxy;

		private @Nullable SslContext sslContext;
		private DataSize maxResponseSize = ImageKitDefaults.MAX_RESPONSE_SIZE;

		private @Nullable Duration listAllTimeout = ImageKitDefaults.LIST_ALL_TIMEOUT;

		private WebClient.@Nullable Builder webClientBuilder;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable ImageKitObservationConvention observationConvention;

		private Set<Integer> expectedErrorStatuses = ImageKitDefaults.EXPECTED_ERROR_STATUSES;

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
		 * The account's public API key, needed only for client-side upload credentials.
		 * @param publicKey the key, or {@code null} for none
		 * @return this builder
		 */
		public Builder publicKey(@Nullable String publicKey) {
			this.publicKey = (publicKey != null) ? Arguments.requireText(publicKey, "publicKey") : null;
			return this;
		}

		/**
		 * The URL endpoint that delivers the account's files, such as {@code https://ik.imagekit.io/your_id}, needed
		 * only to build URLs.
		 * @param urlEndpoint the endpoint, or {@code null} for none
		 * @return this builder
		 */
		public Builder urlEndpoint(@Nullable String urlEndpoint) {
			this.urlEndpoint = (urlEndpoint != null) ? Arguments.requireText(urlEndpoint, "urlEndpoint") : null;
			return this;
		}

		/**
		 * The secret that ImageKit signs webhooks with, needed only to verify them.
		 * @param webhookSecret the secret, such as {@code whsec_...}, or {@code null} for none
		 * @return this builder
		 */
		public Builder webhookSecret(@Nullable String webhookSecret) {
			this.webhookSecret = (webhookSecret != null) ? Arguments.requireText(webhookSecret, "webhookSecret")
					: null;
			return this;
		}

		/**
		 * The clock for the expiry of signed URLs and upload credentials and for webhook timestamps; UTC system
		 * clock by default.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Arguments.requireNonNull(clock, "clock");
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
			this.connectTimeout = Arguments.requirePositive(connectTimeout, "connectTimeout");
			return this;
		}

		/**
		 * How long to wait for a response once the request is sent.
		 * @param responseTimeout the timeout
		 * @return this builder
		 */
		public Builder responseTimeout(Duration responseTimeout) {
			this.responseTimeout = Arguments.requirePositive(responseTimeout, "responseTimeout");
			return this;
		}

		/**
		 * Most connections the client's pool opens to each host; 100 by default.
		 * @param maxConnections the limit
		 * @return this builder
		 */
		public Builder maxConnections(int maxConnections) {
			this.maxConnections = Arguments.requireInRange(maxConnections, 1, Integer.MAX_VALUE, "maxConnections");
			return this;
		}

		/**
		 * How long a call waits for a connection when all are in use, before it fails with an
		 * {@link io.github.imagekitspring.errors.ImageKitIoException}; 45 seconds by default.
		 * @param pendingAcquireTimeout the timeout
		 * @return this builder
		 */
		public Builder pendingAcquireTimeout(Duration pendingAcquireTimeout) {
			this.pendingAcquireTimeout = Arguments.requirePositive(pendingAcquireTimeout, "pendingAcquireTimeout");
			return this;
		}

		/**
		 * Most calls that wait for a connection at once; a call beyond them fails at once with an
		 * {@link io.github.imagekitspring.errors.ImageKitIoException}. -1, the default, for no limit.
		 * @param maxPendingAcquires the limit, or -1
		 * @return this builder
		 */
		public Builder maxPendingAcquires(int maxPendingAcquires) {
			if (maxPendingAcquires != -1) {
				Arguments.requireInRange(maxPendingAcquires, 1, Integer.MAX_VALUE, "maxPendingAcquires");
			}
			this.maxPendingAcquires = maxPendingAcquires;
			return this;
		}

		/**
		 * The most bytes of one response body the client reads into memory; 16 MiB by default. A success with a larger
		 * body fails with a {@link io.github.imagekitspring.errors.ResponseTooLargeException} (at once when its
		 * {@code Content-Length} says so, without reading it); an error status is mapped as usual, from what of its
		 * body fits.
		 * @param maxResponseSize the limit, at most 2 GiB
		 * @return this builder
		 */
		public Builder maxResponseSize(DataSize maxResponseSize) {
			Arguments.requireNonNull(maxResponseSize, "maxResponseSize");
			if (maxResponseSize.toBytes() < 1 || maxResponseSize.toBytes() > Integer.MAX_VALUE) {
				throw new IllegalArgumentException("maxResponseSize must be between 1 byte and 2 GiB, was "
						+ maxResponseSize);
			}
			this.maxResponseSize = maxResponseSize;
			return this;
		}

		/**
		 * How long a connection may stay idle in the pool before it is closed; 30 seconds by default.
		 * @param maxIdleTime the time
		 * @return this builder
		 */
		public Builder maxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = Arguments.requirePositive(maxIdleTime, "maxIdleTime");
			return this;
		}

		/**
		 * How long a connection is used at most, so that DNS changes are picked up; 5 minutes by default.
		 * @param maxLifeTime the time
		 * @return this builder
		 */
		public Builder maxLifeTime(Duration maxLifeTime) {
			this.maxLifeTime = Arguments.requirePositive(maxLifeTime, "maxLifeTime");
			return this;
		}

		/**
		 * How often the pool closes idle and expired connections in the background; zero to close them only when
		 * a connection is next asked for. 10 seconds by default.
		 * @param evictionInterval the interval
		 * @return this builder
		 */
		public Builder evictionInterval(Duration evictionInterval) {
			Arguments.requireNonNull(evictionInterval, "evictionInterval");
			if (evictionInterval.isNegative()) {
				throw new IllegalArgumentException("evictionInterval must not be negative, was " + evictionInterval);
			}
			this.evictionInterval = evictionInterval;
			return this;
		}

		/**
		 * Whether Reactor Netty records the pool's {@code reactor.netty.connection.provider.*} meters, tagged
		 * {@code name=imagekit-<account>}, in Micrometer's global registry; off by default.
		 * @param poolMetrics whether to record them
		 * @return this builder
		 */
		public Builder poolMetrics(boolean poolMetrics) {
			this.poolMetrics = poolMetrics;
			return this;
		}

		/**
		 * The proxy to reach ImageKit through. Without one, the JVM's {@code https.proxyHost},
		 * {@code https.proxyPort}, {@code http.proxyHost}, {@code http.proxyPort}, {@code http.nonProxyHosts} and
		 * {@code socksProxyHost} system properties apply.
		 * @param proxy the proxy
		 * @return this builder
		 */
		public Builder proxy(ImageKitProxy proxy) {
			this.proxy = Arguments.requireNonNull(proxy, "proxy");
			return this;
		}

		/**
		 * The TLS context for HTTPS connections, such as one trusting a private CA or holding a client certificate;
		 * the JVM's default trust otherwise.
		 * @param sslContext a client context
		 * @return this builder
		 */
		public Builder sslContext(SslContext sslContext) {
			Arguments.requireNonNull(sslContext, "sslContext");
			if (!sslContext.isClient()) {
				throw new IllegalArgumentException("sslContext must be a client context");
			}
			this.sslContext = sslContext;
			return this;
		}

		/**
		 * The deadline of a whole {@code files().listAll(...)}, every page, retry and wait included; 10 minutes by
		 * default.
		 * @param listAllTimeout the deadline, or {@code null} for none
		 * @return this builder
		 */
		public Builder listAllTimeout(@Nullable Duration listAllTimeout) {
			this.listAllTimeout = (listAllTimeout != null) ? Arguments.requirePositive(listAllTimeout,
					"listAllTimeout") : null;
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
		 * Where to record an {@code imagekit.client.requests} observation per call; none by default. For WebClient's
		 * {@code http.client.requests} to nest under it, give the {@link #webClientBuilder(WebClient.Builder)
		 * WebClient builder} the same registry.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = Arguments.requireNonNull(observationRegistry, "observationRegistry");
			return this;
		}

		/**
		 * The convention that names and tags the observations, instead of the default one.
		 * @param observationConvention the convention
		 * @return this builder
		 */
		public Builder observationConvention(ImageKitObservationConvention observationConvention) {
			this.observationConvention = Arguments.requireNonNull(observationConvention, "observationConvention");
			return this;
		}

		/**
		 * The statuses that callers expect and handle, whose failures are logged at DEBUG rather than WARN;
		 * 404 and 409 by default. Every other failure logs at WARN.
		 * @param statuses the statuses, empty to log every failure at WARN
		 * @return this builder
		 */
		public Builder expectedErrorStatuses(Collection<Integer> statuses) {
			this.expectedErrorStatuses = Set.copyOf(Arguments.requireNonNull(statuses, "statuses"));
			return this;
		}

		/**
		 * Change the Reactor Netty client after the timeouts, the pool, the proxy and TLS are applied, to add a
		 * wiretap, say.
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
		 * @throws IllegalArgumentException if the private key is missing, a base URL is malformed or insecure, the
		 * URL endpoint is not an http(s) URL or the webhook secret is malformed
		 */
		public ImageKitClient build() {
			String key = Arguments.requireText(this.privateKey, "privateKey");
			URI api = ImageKitUrls.requireSecureBaseUrl(this.apiBaseUrl, "apiBaseUrl");
			URI upload = ImageKitUrls.requireSecureBaseUrl(this.uploadBaseUrl, "uploadBaseUrl");
			return new ImageKitClient(this, api, upload, key);
		}

		private ImageKitResilience resilience() {
			return (this.resilience != null) ? this.resilience : ImageKitResilience.builder().build();
		}

		private ConnectionProvider connectionProvider() {
			ConnectionProvider.Builder pool = ConnectionProvider.builder("imagekit-" + this.accountName)
				.maxConnections(this.maxConnections)
				.pendingAcquireTimeout(this.pendingAcquireTimeout)
				.pendingAcquireMaxCount(this.maxPendingAcquires)
				.maxIdleTime(this.maxIdleTime)
				.maxLifeTime(this.maxLifeTime)
				.metrics(this.poolMetrics);
			if (!this.evictionInterval.isZero()) {
				pool.evictInBackground(this.evictionInterval);
			}
			return pool.build();
		}

		private WebClient webClient(ConnectionProvider connectionProvider) {
			HttpClient httpClient = HttpClient.create(connectionProvider)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(this.connectTimeout.toMillis()))
				.responseTimeout(this.responseTimeout);
			ImageKitProxy proxy = this.proxy;
			httpClient = (proxy != null) ? httpClient.proxy((spec) -> proxy(spec, proxy))
					: httpClient.proxyWithSystemProperties();
			SslContext ssl = this.sslContext;
			if (ssl != null) {
				httpClient = httpClient.secure((spec) -> spec.sslContext(ssl));
			}
			for (UnaryOperator<HttpClient> customizer : this.httpClientCustomizers) {
				httpClient = customizer.apply(httpClient);
			}
			String key = this.privateKey;
			WebClient.Builder builder = ((this.webClientBuilder != null) ? this.webClientBuilder.clone()
					: WebClient.builder())
				.clientConnector(new ReactorClientHttpConnector(httpClient))
				.defaultHeaders((headers) -> headers.setBasicAuth(key, ""))
				// The application's spring.codec.log-request-details would log the Authorization header, the key.
				.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false));
			this.webClientCustomizers.forEach((customizer) -> customizer.accept(builder));
			return builder.build();
		}

		private static ProxyProvider.Builder proxy(ProxyProvider.TypeSpec spec, ImageKitProxy proxy) {
			ProxyProvider.Builder builder = spec
				.type((proxy.type() == ImageKitProxy.Type.SOCKS5) ? ProxyProvider.Proxy.SOCKS5
						: ProxyProvider.Proxy.HTTP)
				.host(proxy.host())
				.port(proxy.port())
				.nonProxyHostsPredicate(nonProxyHosts(proxy.nonProxyHosts()));
			String username = proxy.username();
			String password = proxy.password();
			if (username != null) {
				builder.username(username);
			}
			if (password != null) {
				builder.password((user) -> password);
			}
			return builder;
		}

		/** The patterns of {@code http.nonProxyHosts}: a name, or {@code *} at the start or end of one. */
		private static Predicate<SocketAddress> nonProxyHosts(List<String> patterns) {
			List<String> lowerCase = patterns.stream().map((pattern) -> pattern.strip().toLowerCase(Locale.ROOT))
				.filter((pattern) -> !pattern.isEmpty()).toList();
			return (address) -> {
				if (!(address instanceof InetSocketAddress inet)) {
					return false;
				}
				String host = inet.getHostString().toLowerCase(Locale.ROOT);
				return lowerCase.stream().anyMatch((pattern) -> matches(pattern, host));
			};
		}

		private static boolean matches(String pattern, String host) {
			if (pattern.equals("*")) {
				return true;
			}
			if (pattern.startsWith("*")) {
				return host.endsWith(pattern.substring(1));
			}
			if (pattern.endsWith("*")) {
				return host.startsWith(pattern.substring(0, pattern.length() - 1));
			}
			return host.equals(pattern);
		}


	}

}
