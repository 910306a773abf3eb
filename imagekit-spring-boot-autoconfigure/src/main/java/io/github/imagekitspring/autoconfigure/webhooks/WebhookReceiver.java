package io.github.imagekitspring.autoconfigure.webhooks;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.imagekitspring.ImageKitException;
import io.github.imagekitspring.webhooks.WebhookEvent;
import io.github.imagekitspring.webhooks.WebhookVerificationException;
import io.github.imagekitspring.webhooks.WebhookVerifier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What the endpoint does with one request, whatever the web stack: verify, drop a delivery already handled,
 * publish the typed event, and say how it went, as an HTTP status, in an observation and in the log.
 */
final class WebhookReceiver {

	static final String OBSERVATION_NAME = "imagekit.webhooks";

	private static final Log logger = LogFactory.getLog(WebhookReceiver.class);

	private static final String DELIVERY_ID = "webhook-id";

	private final WebhookVerifier verifier;

	private final WebhookDeliveries deliveries;

	private final ApplicationEventPublisher publisher;

	private final ObservationRegistry observationRegistry;

	WebhookReceiver(WebhookVerifier verifier, WebhookDeliveries deliveries, ApplicationEventPublisher publisher,
			ObservationRegistry observationRegistry) {
		this.verifier = verifier;
		this.deliveries = deliveries;
		this.publisher = publisher;
		this.observationRegistry = observationRegistry;
	}

	/**
	 * The outcome of one request: the status to answer, and the observation's outcome and reason.
	 */
	record Result(HttpStatus status, String outcome, String reason) {

		static Result rejected(HttpStatus status, String reason) {
			return new Result(status, "rejected", reason);
		}

	}

	Mono<Result> receive(byte[] body, HttpHeaders headers) {
		return Mono.defer(() -> {
			Observation observation = Observation.createNotStarted(OBSERVATION_NAME, this.observationRegistry)
				.contextualName("imagekit webhook")
				.start();
			WebhookEvent event;
			try {
				event = this.verifier.verify(body, headers);
			}
			catch (WebhookVerificationException ex) {
				logger.debug("Rejected an ImageKit webhook: " + ex.getMessage());
				return Mono.just(stop(observation, "none", Result.rejected(HttpStatus.UNAUTHORIZED, "signature")));
			}
			catch (ImageKitException ex) {
				logger.debug("Rejected an ImageKit webhook whose body is not a webhook: " + ex.getMessage());
				return Mono.just(stop(observation, "none", Result.rejected(HttpStatus.BAD_REQUEST, "body")));
			}
			String deliveryId = deliveryId(headers, event);
			return switch (this.deliveries.begin(deliveryId)) {
				case HANDLED -> Mono.just(stop(observation, event.type(),
						new Result(HttpStatus.OK, "duplicate", "handled-before")));
				// The first delivery's listeners still run: ask ImageKit to send it again later.
				case IN_PROGRESS -> Mono.just(stop(observation, event.type(),
						new Result(HttpStatus.CONFLICT, "duplicate", "in-progress")));
				case NEW -> publish(event, deliveryId, observation);
			};
		});
	}

	/**
	 * The answer to a body over the size limit, which is never read to its end.
	 */
	Result tooLarge() {
		Observation observation = Observation.createNotStarted(OBSERVATION_NAME, this.observationRegistry).start();
		return stop(observation, "none", Result.rejected(HttpStatus.CONTENT_TOO_LARGE, "too-large"));
	}

	// Listeners may block (a database, a queue), so they never run on a request thread of a reactive server.
	private Mono<Result> publish(WebhookEvent event, String deliveryId, Observation observation) {
		return Mono.fromCallable(() -> {
			try (Observation.Scope scope = observation.openScope()) {
				this.publisher.publishEvent(event);
			}
			this.deliveries.handled(deliveryId);
			logger.debug("Handled ImageKit webhook " + event.type() + " " + event.id());
			return stop(observation, event.type(), new Result(HttpStatus.OK, "handled", "none"));
		}).subscribeOn(Schedulers.boundedElastic()).onErrorResume((ex) -> {
			this.deliveries.failed(deliveryId);
			logger.warn("A listener failed on ImageKit webhook " + event.type() + " " + event.id()
					+ "; answered 500 so that ImageKit delivers it again", ex);
			observation.error(ex);
			return Mono.just(stop(observation, event.type(),
					new Result(HttpStatus.INTERNAL_SERVER_ERROR, "failed", "listener")));
		});
	}

	private static String deliveryId(HttpHeaders headers, WebhookEvent event) {
		String id = headers.getFirst(DELIVERY_ID);
		return (id != null && !id.isBlank()) ? id : event.id();
	}

	private static Result stop(Observation observation, String type, Result result) {
		observation.lowCardinalityKeyValues(KeyValues.of("imagekit.webhook.type", type, "outcome", result.outcome(),
				"reason", result.reason(), "status", Integer.toString(result.status().value())));
		observation.stop();
		return result;
	}

}
