package io.github.imagekitspring.webhooks;

import io.github.imagekitspring.ImageKitException;

/**
 * A webhook request failed verification: a missing or malformed signature header, a timestamp outside the
 * tolerance, or no matching signature. The message never holds the secret or a computed signature.
 */
public class WebhookVerificationException extends ImageKitException {

	public WebhookVerificationException(String message) {
		super(message);
	}

}
