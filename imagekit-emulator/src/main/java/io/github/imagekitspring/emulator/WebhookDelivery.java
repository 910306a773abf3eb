package io.github.imagekitspring.emulator;

import java.time.Instant;
import java.util.List;

/**
 * One webhook event sent to one target, as kept in the emulator's delivery log.
 *
 * @param eventId the body's {@code id}
 * @param webhookId the {@code webhook-id} header, the same on every attempt
 * @param type the event type, such as {@code file.created}
 * @param target the URL it was sent to
 * @param requestId the {@code x-ik-requestId} of the API call that produced the event, or {@code null} for
 * an event sent with {@link ImageKitEmulator#sendWebhook(String, String)}
 * @param attempts every attempt so far, oldest first
 * @param outcome where the delivery stands
 */
public record WebhookDelivery(String eventId, String webhookId, String type, String target, String requestId,
		List<Attempt> attempts, Outcome outcome) {

	public WebhookDelivery {
		attempts = List.copyOf(attempts);
	}

	/** Where a delivery stands. */
	public enum Outcome {

		/** Not answered with 2xx yet, and attempts are left. */
		PENDING,

		/** A target answered 2xx. */
		DELIVERED,

		/** Every attempt failed. */
		FAILED

	}

	/**
	 * One attempt.
	 *
	 * @param at when it was sent, by the system clock (the one the {@code webhook-timestamp} header uses)
	 * @param status the status the target answered, or {@code 0} when it could not be reached
	 * @param error why the target could not be reached, or {@code null}
	 */
	public record Attempt(Instant at, int status, String error) {
	}

}
