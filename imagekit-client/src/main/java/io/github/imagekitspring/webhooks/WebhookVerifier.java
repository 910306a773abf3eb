package io.github.imagekitspring.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpHeaders;

/**
 * Verifies an ImageKit webhook request against the raw body and its headers, then parses the body into a typed
 * {@link WebhookEvent}.
 * <p>
 * Two schemes are accepted:
 * <ul>
 * <li>Standard Webhooks (current): {@code webhook-id}, {@code webhook-timestamp} (Unix seconds) and
 * {@code webhook-signature}, a space-separated list of {@code v1,<base64>} entries of which one must match the
 * HMAC-SHA256 of {@code id.timestamp.body}. See {@link WebhookKeyDerivation} for the key.</li>
 * <li>Legacy {@code x-ik-signature: t=<ms>,v1=<hex>}: HMAC-SHA256 of {@code t.body} with the secret's UTF-8
 * bytes; used only when no {@code webhook-signature} header is present.</li>
 * </ul>
 * Timestamps outside the tolerance (default 5 minutes) are rejected both ways, stale and future. Signatures are
 * compared in constant time.
 */
public interface WebhookVerifier {

	/** Default tolerance between the webhook timestamp and the clock. */
	Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	/**
	 * Verifies and parses a webhook.
	 * @param body the raw request body, exactly as received
	 * @param headers the request headers; names are matched case-insensitively
	 * @throws WebhookVerificationException if the request is not authentic or not fresh
	 */
	WebhookEvent verify(byte[] body, Map<String, String> headers);

	/**
	 * Verifies and parses a webhook whose body is given as text (encoded as UTF-8 for verification).
	 */
	default WebhookEvent verify(String body, Map<String, String> headers) {
		return verify(body.getBytes(StandardCharsets.UTF_8), headers);
	}

	/**
	 * Verifies and parses a webhook with Spring's {@link HttpHeaders}.
	 */
	default WebhookEvent verify(byte[] body, HttpHeaders headers) {
		Map<String, String> single = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (String name : headers.headerNames()) {
			String value = headers.getFirst(name);
			if (value != null) {
				single.put(name, value);
			}
		}
		return verify(body, single);
	}

	/**
	 * A verifier with the default tolerance and key derivation.
	 * @param secret the webhook secret; kept privately, never printed
	 * @param clock the clock the timestamps are checked against
	 */
	static WebhookVerifier create(String secret, Clock clock) {
		return builder(secret).clock(clock).build();
	}

	static Builder builder(String secret) {
		return new Builder(secret);
	}

	/**
	 * Builds a {@link WebhookVerifier}.
	 */
	final class Builder {

		private final String secret;

		private Clock clock = Clock.systemUTC();

		private Duration tolerance = DEFAULT_TOLERANCE;

		private WebhookKeyDerivation keyDerivation = WebhookKeyDerivation.STANDARD_WEBHOOKS;

		private boolean legacySignatures = true;

		private Builder(String secret) {
			this.secret = secret;
		}

		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * How far the webhook timestamp may be from the clock, either way.
		 */
		public Builder tolerance(Duration tolerance) {
			if (tolerance.isNegative()) {
				throw new IllegalArgumentException("tolerance must not be negative");
			}
			this.tolerance = tolerance;
			return this;
		}

		public Builder keyDerivation(WebhookKeyDerivation keyDerivation) {
			this.keyDerivation = keyDerivation;
			return this;
		}

		/**
		 * Whether the legacy {@code x-ik-signature} scheme is accepted (default true).
		 */
		public Builder legacySignatures(boolean legacySignatures) {
			this.legacySignatures = legacySignatures;
			return this;
		}

		/**
		 * @throws IllegalArgumentException if the secret is blank, or not Base64 after {@code whsec_} with
		 * {@link WebhookKeyDerivation#STANDARD_WEBHOOKS}
		 */
		public WebhookVerifier build() {
			return new DefaultWebhookVerifier(this.secret, this.keyDerivation, this.clock, this.tolerance,
					this.legacySignatures);
		}

		@Override
		public String toString() {
			return "WebhookVerifier.Builder[tolerance=" + this.tolerance + ", keyDerivation=" + this.keyDerivation
					+ "]";
		}

	}

}
