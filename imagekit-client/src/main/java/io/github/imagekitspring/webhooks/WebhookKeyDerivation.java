package io.github.imagekitspring.webhooks;

/**
 * How the HMAC key for Standard Webhooks signatures is derived from the webhook secret.
 * <p>
 * No live ImageKit delivery has confirmed which one ImageKit uses: the official SDKs hand the
 * library the Base64 of the whole secret, which amounts to {@link #SECRET_UTF8_BYTES}, while the Standard Webhooks
 * specification says {@link #STANDARD_WEBHOOKS}. The verifier defaults to the specification; switch when ImageKit
 * turns out to sign with the other key. The legacy {@code x-ik-signature} scheme always uses the secret's UTF-8
 * bytes.
 */
public enum WebhookKeyDerivation {

	/**
	 * Standard Webhooks specification: drop a leading {@code whsec_} and Base64-decode the rest. The default.
	 */
	STANDARD_WEBHOOKS,

	/**
	 * The UTF-8 bytes of the whole secret string, {@code whsec_} prefix included (what the official SDKs end up
	 * using).
	 */
	SECRET_UTF8_BYTES

}
