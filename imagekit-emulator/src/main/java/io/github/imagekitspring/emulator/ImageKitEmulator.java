package io.github.imagekitspring.emulator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.imagekitspring.emulator.internal.EmulatorServer;
import io.github.imagekitspring.emulator.internal.EmulatorState;
import io.github.imagekitspring.emulator.internal.PendingWork;
import io.github.imagekitspring.emulator.internal.RouteTable;
import io.github.imagekitspring.emulator.internal.Webhooks;

/**
 * A stateful, in-process stand-in for the ImageKit.io API. One server answers the API paths
 * ({@code /v1/...}), the upload paths ({@code /api/v1/files/upload}, {@code /api/v2/files/upload}) and
 * serves uploaded files under {@link #urlEndpoint()}.
 *
 * <pre>{@code
 * try (ImageKitEmulator emulator = ImageKitEmulator.builder().build().start()) {
 *     String apiBase = emulator.baseUrl(); // use it as both the API and the upload base URL
 * }
 * }</pre>
 *
 * Thread-safe. Rate limits, faults and latency can be changed while it runs.
 * <p>
 * Webhooks: given target URLs ({@link Builder#webhookUrl(String)}, {@link #addWebhookUrl(String)}), it sends
 * {@code file.created} and {@code file-version.created} on upload, {@code file.updated} on a details update,
 * a version restore and tag changes, {@code file.deleted} and {@code file-version.deleted}, signed with its
 * webhook secret as ImageKit signs them (Standard Webhooks), retried with exponential backoff while a target
 * answers non-2xx or is away. {@link #webhookDeliveries()} is the log; {@link #sendWebhook(String, String)}
 * sends any event on demand.
 */
public final class ImageKitEmulator implements AutoCloseable {

	/** The default private key: {@value}. */
	public static final String DEFAULT_PRIVATE_KEY = "private_emulator_key";

	/** The default public key: {@value}. */
	public static final String DEFAULT_PUBLIC_KEY = "public_emulator_key";

	/** The default webhook secret: {@value}. */
	public static final String DEFAULT_WEBHOOK_SECRET = "whsec_aW1hZ2VraXQtZW11bGF0b3Itd2ViaG9vay1zZWNyZXQ=";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Builder settings;

	private final EmulatorState state;

	private final EmulatorServer server;

	private final Webhooks webhooks;

	private volatile boolean started;

	private ImageKitEmulator(Builder builder) {
		this.settings = builder;
		this.state = new EmulatorState(builder.clock, this::urlEndpoint,
				new PendingWork.Settings(builder.asyncPendingFor, builder.asyncPendingPolls), builder.storageDirectory);
		this.webhooks = new Webhooks(builder.clock, builder.webhookSecret, builder.webhookRetries);
		builder.webhookUrls.forEach(this.webhooks::addTarget);
		this.server = new EmulatorServer(
				new EmulatorServer.Config(builder.host, builder.port, builder.privateKey, builder.publicKey, builder.urlPrefix), this.state,
				this.webhooks);
		this.server.rateLimits(null, builder.defaultRateLimits);
		builder.rateLimits.forEach(this.server::rateLimits);
	}

	/** A builder with the defaults: default keys, an ephemeral port on 127.0.0.1, the system clock, no rate limits. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The ids of every operation the emulator serves, as the starter's client names them ({@code files.list},
	 * {@code folders.copy}, ...). Every method that takes an operation id also accepts its alias.
	 */
	public static List<String> operationIds() {
		return RouteTable.ids();
	}

	/**
	 * Each operation id with its alias: the spec's {@code operationId} ({@code list-and-search-assets}), or
	 * for the six operations the spec lacks, a name in the same style ({@code get-usage-analytics}).
	 */
	public static Map<String, String> operationAliases() {
		return RouteTable.aliases();
	}

	/** Binds the port and starts serving. Returns {@code this} for chaining. */
	public synchronized ImageKitEmulator start() {
		if (!this.started) {
			this.server.start();
			this.started = true;
		}
		return this;
	}

	/**
	 * Stops serving, and sending webhooks still being retried. State is kept; {@link #start()} serves it again
	 * (possibly on another ephemeral port).
	 */
	@Override
	public synchronized void close() {
		this.webhooks.stop();
		this.server.stop();
		this.started = false;
	}

	/**
	 * Drops all state (files, folders, fields, jobs, tokens, usage), the request log, faults, latency, webhook
	 * deliveries still retrying and the delivery log. Rate limits and webhook targets stay.
	 */
	public void reset() {
		this.state.reset();
		this.server.resetRuntimeState();
		this.webhooks.reset();
	}

	/** The bound port. */
	public int port() {
		requireStarted();
		return this.server.port();
	}

	/** {@code http://host:port}: the base URL for both the API host and the upload host. */
	public String baseUrl() {
		String host = this.server.host();
		// A wildcard bind address is not something a client can call.
		boolean wildcard = host.equals("0.0.0.0") || host.equals("::");
		return "http://" + (wildcard ? "localhost" : host) + ":" + port();
	}

	/**
	 * Where uploaded files are served, e.g. {@code http://127.0.0.1:PORT/ik}; file URLs are this plus the file
	 * path. {@link Builder#urlEndpoint(String)} overrides it, e.g. behind a container port mapping.
	 */
	public String urlEndpoint() {
		if (this.settings.urlEndpoint != null) {
			return this.settings.urlEndpoint;
		}
		return baseUrl() + "/" + this.settings.urlPrefix;
	}

	/** The private key that API calls must send as the Basic user name. */
	public String privateKey() {
		return this.settings.privateKey;
	}

	/** The public key for client-side uploads. */
	public String publicKey() {
		return this.settings.publicKey;
	}

	/** The emulator's clock (the one given to the builder). */
	public Clock clock() {
		return this.settings.clock;
	}

	/** Every request received since start or the last {@link #reset()}/{@link #clearRequestLog()}, oldest first. */
	public List<RecordedRequest> requests() {
		return this.server.log();
	}

	/**
	 * Requests received for one operation id or alias ({@code delivery} for file delivery).
	 * @throws IllegalArgumentException for an unknown name
	 */
	public List<RecordedRequest> requests(String operationId) {
		String id = RouteTable.operationId(Objects.requireNonNull(operationId));
		return this.server.log().stream().filter((r) -> id.equals(r.operationId())).toList();
	}

	/** Empties the request log. */
	public void clearRequestLog() {
		this.server.clearLog();
	}

	/**
	 * Queues a fault; faults apply in the order they were added.
	 * @throws IllegalArgumentException when the fault names an unknown operation
	 */
	public ImageKitEmulator injectFault(Fault fault) {
		this.server.addFault(Objects.requireNonNull(fault));
		return this;
	}

	/** Removes every queued fault. */
	public void clearFaults() {
		this.server.clearFaults();
	}

	/** Delays every response by {@code latency} of real time ({@link Duration#ZERO} to turn off). */
	public void latency(Duration latency) {
		this.server.latency(Objects.requireNonNull(latency));
	}

	/**
	 * Sets one default rate-limit window for every API operation ({@code null} turns it off). Uploads are never
	 * limited. Restarts all windows.
	 */
	public void rateLimit(RateLimit limit) {
		rateLimits(windows(limit));
	}

	/**
	 * Sets the default rate-limit windows for every API operation without its own (empty turns them off), such
	 * as {@code RateLimit.parseAll("20/1000,120/10000")}. Restarts all windows.
	 */
	public void rateLimits(List<RateLimit> windows) {
		this.server.rateLimits(null, List.copyOf(windows));
	}

	/**
	 * Sets one rate-limit window for an operation id or alias ({@code null} falls back to the default).
	 * Restarts all windows.
	 * @throws IllegalArgumentException for an unknown operation
	 */
	public void rateLimit(String operationId, RateLimit limit) {
		rateLimits(operationId, windows(limit));
	}

	/**
	 * Sets the rate-limit windows of an operation id or alias (empty falls back to the default). Restarts all windows.
	 * @throws IllegalArgumentException for an unknown operation
	 */
	public void rateLimits(String operationId, List<RateLimit> windows) {
		this.server.rateLimits(Objects.requireNonNull(operationId), List.copyOf(windows));
	}

	private static List<RateLimit> windows(RateLimit limit) {
		return (limit != null) ? List.of(limit) : List.of();
	}

	/**
	 * Sets how long folder jobs and purges stay Pending: until {@code pendingFor} of emulator-clock time has
	 * passed, or until their status was polled more than {@code pendingPolls} times, whichever comes first.
	 */
	public void asyncCompletion(Duration pendingFor, int pendingPolls) {
		this.state.pendingWork(new PendingWork.Settings(pendingFor, pendingPolls));
	}

	/**
	 * Adds a webhook target, for example once the receiving application's port is known.
	 * @throws IllegalArgumentException unless it is an absolute http or https URL
	 */
	public ImageKitEmulator addWebhookUrl(String url) {
		this.webhooks.addTarget(Webhooks.target(url));
		return this;
	}

	/** Removes every webhook target; deliveries under way go on. */
	public void clearWebhookUrls() {
		this.webhooks.clearTargets();
	}

	/** The webhook targets, in the order they were added. */
	public List<String> webhookUrls() {
		return this.webhooks.targets();
	}

	/**
	 * Signs the events sent from now on with this secret ({@code whsec_} and Base64, as ImageKit shows it).
	 * @throws IllegalArgumentException when it is not in that form
	 */
	public ImageKitEmulator webhookSecret(String secret) {
		this.webhooks.secret(secret);
		return this;
	}

	/**
	 * Every webhook delivery since start or the last {@link #reset()}, one per event and target, oldest first,
	 * as it stands now.
	 */
	public List<WebhookDelivery> webhookDeliveries() {
		return this.webhooks.deliveries();
	}

	/**
	 * Sends an event of any type to every webhook target, as if an operation had produced it, for events the
	 * emulator does not produce itself ({@code video.transformation.ready}, {@code upload.pre-transform.success},
	 * ...). Returns at once with the event id; see {@link #webhookDeliveries()} for how it went.
	 * @param type the event type
	 * @param dataJson the event's {@code data}, a JSON object
	 * @throws IllegalArgumentException for a blank type or data that is not a JSON object
	 */
	public String sendWebhook(String type, String dataJson) {
		if (type == null || type.isBlank()) {
			throw new IllegalArgumentException("type must not be blank");
		}
		JsonNode data;
		try {
			data = JSON.readTree(Objects.requireNonNull(dataJson, "dataJson"));
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("dataJson is not JSON: " + ex.getOriginalMessage());
		}
		if (!data.isObject()) {
			throw new IllegalArgumentException("dataJson must be a JSON object");
		}
		return this.webhooks.send(type, JSON.convertValue(data, Map.class), null);
	}

	/**
	 * Sends an event from the delivery log again, exactly as before (same {@code webhook-id} and body), to
	 * the targets it went to: a replayed delivery, which a receiver should acknowledge without handling it twice.
	 * @throws IllegalArgumentException for an event id not in the log
	 */
	public void replayWebhook(String eventId) {
		this.webhooks.replay(Objects.requireNonNull(eventId));
	}

	private void requireStarted() {
		if (!this.started) {
			throw new IllegalStateException("The emulator is not started");
		}
	}

	/** Configures an {@link ImageKitEmulator}. */
	public static final class Builder {

		private String privateKey = DEFAULT_PRIVATE_KEY;

		private String publicKey = DEFAULT_PUBLIC_KEY;

		private String host = "127.0.0.1";

		private int port;

		private Clock clock = Clock.systemUTC();

		private String urlPrefix = "ik";

		private String urlEndpoint;

		private Path storageDirectory;

		private List<RateLimit> defaultRateLimits = List.of();

		private final Map<String, List<RateLimit>> rateLimits = new LinkedHashMap<>();

		private Duration asyncPendingFor = Duration.ofSeconds(2);

		private int asyncPendingPolls = 1;

		private String webhookSecret = DEFAULT_WEBHOOK_SECRET;

		private final List<URI> webhookUrls = new ArrayList<>();

		private Webhooks.Retries webhookRetries = new Webhooks.Retries(5, Duration.ofSeconds(1));

		private Builder() {
		}

		/**
		 * Adds a URL to send webhooks to; may be called again for more.
		 * @throws IllegalArgumentException unless it is an absolute http or https URL
		 */
		public Builder webhookUrl(String url) {
			this.webhookUrls.add(Webhooks.target(url));
			return this;
		}

		/**
		 * The secret webhooks are signed with, {@code whsec_} and Base64 as ImageKit shows it; default
		 * {@link #DEFAULT_WEBHOOK_SECRET}.
		 * @throws IllegalArgumentException when it is not in that form
		 */
		public Builder webhookSecret(String secret) {
			Webhooks.key(secret);
			this.webhookSecret = secret;
			return this;
		}

		/**
		 * How often a webhook is sent before it counts as failed, and the wait before the first retry, doubled
		 * after each; default 5 attempts, 1 s. Tests shorten the wait.
		 */
		public Builder webhookRetries(int attempts, Duration firstDelay) {
			this.webhookRetries = new Webhooks.Retries(attempts, firstDelay);
			return this;
		}

		/** The private key API calls must present. */
		public Builder privateKey(String privateKey) {
			this.privateKey = requireText(privateKey, "privateKey");
			return this;
		}

		/** The public key client-side uploads must present. */
		public Builder publicKey(String publicKey) {
			this.publicKey = requireText(publicKey, "publicKey");
			return this;
		}

		/** The address to bind, default {@code 127.0.0.1}; use {@code 0.0.0.0} in a container. */
		public Builder host(String host) {
			this.host = requireText(host, "host");
			return this;
		}

		/** The port to bind; 0 (the default) picks a free one. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/** The clock for timestamps, token expiry, rate-limit windows and job state; see {@link MutableClock}. */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock);
			return this;
		}

		/** The first path segment of the URL endpoint, default {@code ik}. */
		public Builder urlEndpointPrefix(String prefix) {
			this.urlPrefix = requireText(prefix, "prefix").replaceAll("^/+|/+$", "");
			return this;
		}

		/**
		 * The URL endpoint to advertise in file URLs when clients reach the emulator under another address
		 * (a container port mapping, a proxy). Its last path segment must be the URL endpoint prefix.
		 */
		public Builder urlEndpoint(String urlEndpoint) {
			this.urlEndpoint = requireText(urlEndpoint, "urlEndpoint").replaceAll("/+$", "");
			this.urlPrefix = this.urlEndpoint.substring(this.urlEndpoint.lastIndexOf('/') + 1);
			return this;
		}

		/**
		 * Keeps file contents in files under {@code directory} instead of memory (metadata stays in memory): uploads
		 * are streamed there, so their size is not bounded by the heap; base64 and data-URI files then take at most
		 * 8 MB.
		 * {@link ImageKitEmulator#reset()} deletes the files the emulator wrote there.
		 */
		public Builder storageDirectory(Path directory) {
			this.storageDirectory = Objects.requireNonNull(directory);
			return this;
		}

		/** One default rate-limit window for all API operations (off by default; {@code null} turns it off). */
		public Builder rateLimit(RateLimit limit) {
			return rateLimits(windows(limit));
		}

		/**
		 * The default rate-limit windows for all API operations, such as
		 * {@code RateLimit.parseAll("20/1000,120/10000")}: a call needs room in every window.
		 */
		public Builder rateLimits(List<RateLimit> windows) {
			this.defaultRateLimits = List.copyOf(windows);
			return this;
		}

		/** One rate-limit window for an operation id or alias, instead of the default. */
		public Builder rateLimit(String operationId, RateLimit limit) {
			return rateLimits(operationId, List.of(Objects.requireNonNull(limit)));
		}

		/** The rate-limit windows of an operation id or alias, instead of the default. */
		public Builder rateLimits(String operationId, List<RateLimit> windows) {
			RouteTable.operationId(Objects.requireNonNull(operationId));
			this.rateLimits.put(operationId, List.copyOf(windows));
			return this;
		}

		/** See {@link ImageKitEmulator#asyncCompletion(Duration, int)}; default 2 s or 1 pending poll. */
		public Builder asyncCompletion(Duration pendingFor, int pendingPolls) {
			this.asyncPendingFor = Objects.requireNonNull(pendingFor);
			this.asyncPendingPolls = pendingPolls;
			return this;
		}

		/** Creates the emulator without starting it. */
		public ImageKitEmulator build() {
			return new ImageKitEmulator(this);
		}

		private static String requireText(String value, String name) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must not be blank");
			}
			return value;
		}

	}

}
