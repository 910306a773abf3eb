package io.github.imagekitspring.emulator.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.imagekitspring.emulator.WebhookDelivery;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;

/**
 * Sends webhook events to the configured targets as ImageKit does (Standard Webhooks headers, HMAC-SHA256 with
 * the key in the secret), without blocking: each delivery is its own Reactor Netty exchange, retried with
 * exponential backoff while the target answers non-2xx or cannot be reached.
 */
public final class Webhooks {

	/** One event an operation produced: its type and its {@code data}. */
	record Event(String type, Object data) {
	}

	/** How many attempts a delivery gets, and the wait before the first retry (doubling after each). */
	public record Retries(int attempts, Duration firstDelay) {

		public Retries {
			if (attempts < 1) {
				throw new IllegalArgumentException("attempts must be at least 1");
			}
			Objects.requireNonNull(firstDelay);
			if (firstDelay.isNegative() || firstDelay.isZero()) {
				throw new IllegalArgumentException("firstDelay must be positive");
			}
		}

	}

	private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);

	private final Clock clock;

	private final HttpClient http = HttpClient.create().responseTimeout(RESPONSE_TIMEOUT);

	private final List<URI> targets = new CopyOnWriteArrayList<>();

	private final List<Delivery> log = new CopyOnWriteArrayList<>();

	private volatile Disposable.Composite running = Disposables.composite();

	private volatile byte[] key;

	private volatile Retries retries;

	/** @param clock the emulator's clock, for the body's {@code created_at} */
	public Webhooks(Clock clock, String secret, Retries retries) {
		this.clock = clock;
		this.key = key(secret);
		this.retries = Objects.requireNonNull(retries);
	}

	/**
	 * The HMAC key of a webhook secret: the Base64 after {@code whsec_}, decoded.
	 * @throws IllegalArgumentException when it is not Base64, without repeating the secret
	 */
	public static byte[] key(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("webhookSecret must not be blank");
		}
		String encoded = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
		try {
			byte[] key = Base64.getDecoder().decode(encoded);
			if (key.length == 0) {
				throw new IllegalArgumentException("webhookSecret has an empty key");
			}
			return key;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("webhookSecret must be whsec_ followed by Base64 (the Standard Webhooks form)");
		}
	}

	/**
	 * An absolute http(s) URL.
	 * @throws IllegalArgumentException otherwise
	 */
	public static URI target(String url) {
		URI uri;
		try {
			uri = URI.create(Objects.requireNonNull(url, "webhook URL").trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Not a webhook URL: " + url);
		}
		if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
			throw new IllegalArgumentException("A webhook URL must be an absolute http or https URL: " + url);
		}
		return uri;
	}

	public void addTarget(URI target) {
		this.targets.add(target);
	}

	public void clearTargets() {
		this.targets.clear();
	}

	public List<String> targets() {
		return this.targets.stream().map(URI::toString).toList();
	}

	public void secret(String secret) {
		this.key = key(secret);
	}

	public void retries(Retries retries) {
		this.retries = Objects.requireNonNull(retries);
	}

	public List<WebhookDelivery> deliveries() {
		return this.log.stream().map(Delivery::snapshot).toList();
	}

	/** Stops every delivery still under way; the log keeps what they did so far. */
	public void stop() {
		Disposable.Composite old = this.running;
		this.running = Disposables.composite();
		old.dispose();
	}

	/** Stops every delivery still under way and empties the log. */
	public void reset() {
		stop();
		this.log.clear();
	}

	/** Sends the events of one API call to every target. */
	void send(List<Event> events, String requestId) {
		events.forEach((e) -> send(e.type(), e.data(), requestId));
	}

	/** Sends one event to every target, returning at once; returns the event id. */
	public String send(String type, Object data, String requestId) {
		String eventId = UUID.randomUUID().toString();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", eventId);
		body.put("type", type);
		body.put("created_at", this.clock.instant().toString());
		body.put("data", data);
		byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
		String webhookId = "msg_" + UUID.randomUUID().toString().replace("-", "");
		for (URI target : this.targets) {
			start(new Delivery(eventId, webhookId, type, target, requestId, bytes));
		}
		return eventId;
	}

	/**
	 * Sends an event again, as sent before (same {@code webhook-id}, same body), to the targets it went to.
	 * @throws IllegalArgumentException for an event not in the log
	 */
	public void replay(String eventId) {
		List<Delivery> sent = this.log.stream().filter((d) -> d.eventId.equals(eventId)).toList();
		if (sent.isEmpty()) {
			throw new IllegalArgumentException("No webhook event " + eventId + " in the delivery log");
		}
		sent.stream().map((d) -> d.target).distinct().forEach((target) -> {
			Delivery first = sent.get(0);
			start(new Delivery(eventId, first.webhookId, first.type, target, first.requestId, first.body));
		});
	}

	private void start(Delivery delivery) {
		this.log.add(delivery);
		this.running.add(deliver(delivery, this.key, this.retries).subscribe());
	}

	private Mono<Void> deliver(Delivery delivery, byte[] key, Retries retries) {
		byte[] body = delivery.body;
		Mono<Integer> attempt = Mono.defer(() -> {
			// The receiver checks the timestamp against real time, whatever the emulator's clock says.
			long timestamp = Instant.now().getEpochSecond();
			String signature = "v1," + sign(key, delivery.webhookId + "." + timestamp + ".", body);
			return this.http.headers((h) -> h.set("content-type", "application/json")
				.set("content-length", body.length)
				.set("webhook-id", delivery.webhookId)
				.set("webhook-timestamp", timestamp)
				.set("webhook-signature", signature))
				.post()
				.uri(delivery.target)
				.send((request, out) -> out.sendByteArray(Mono.just(body)))
				.responseSingle((response, content) -> content.asString().defaultIfEmpty("").thenReturn(response.status().code()));
		}).onErrorResume((ex) -> {
			delivery.attempt(0, String.valueOf(ex.getMessage()));
			return Mono.error(new Undelivered());
		}).flatMap((status) -> {
			delivery.attempt(status, null);
			return (status >= 200 && status < 300) ? Mono.just(status) : Mono.error(new Undelivered());
		});
		return attempt.retryWhen(Retry.backoff(retries.attempts() - 1, retries.firstDelay()).jitter(0d))
			.doOnNext((status) -> delivery.outcome = WebhookDelivery.Outcome.DELIVERED)
			.onErrorResume((ex) -> {
				delivery.outcome = WebhookDelivery.Outcome.FAILED;
				return Mono.empty();
			})
			.then();
	}

	private static String sign(byte[] key, String prefix, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update(prefix.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	/** A non-2xx answer or an unreachable target: worth another attempt. */
	private static final class Undelivered extends RuntimeException {

		Undelivered() {
			super(null, null, false, false);
		}

	}

	/** One event to one target while it is being delivered. */
	private static final class Delivery {

		final String eventId;

		final String webhookId;

		final String type;

		final URI target;

		final String requestId;

		final byte[] body;

		final List<WebhookDelivery.Attempt> attempts = new CopyOnWriteArrayList<>();

		volatile WebhookDelivery.Outcome outcome = WebhookDelivery.Outcome.PENDING;

		Delivery(String eventId, String webhookId, String type, URI target, String requestId, byte[] body) {
			this.eventId = eventId;
			this.webhookId = webhookId;
			this.type = type;
			this.target = target;
			this.requestId = requestId;
			this.body = body;
		}

		void attempt(int status, String error) {
			this.attempts.add(new WebhookDelivery.Attempt(Instant.now(), status, error));
		}

		WebhookDelivery snapshot() {
			return new WebhookDelivery(this.eventId, this.webhookId, this.type, this.target.toString(), this.requestId,
					new ArrayList<>(this.attempts), this.outcome);
		}

	}

}
