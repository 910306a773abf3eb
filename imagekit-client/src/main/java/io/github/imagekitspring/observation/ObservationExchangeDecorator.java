package io.github.imagekitspring.observation;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.errors.UnreadableResponseException;
import io.github.imagekitspring.http.ExchangeDecorator;
import io.github.imagekitspring.http.ImageKitCall;

/**
 * Observes each ImageKit call as a whole, retries and waits included, and writes one log line for it. The
 * observation is put in the Reactor context, so WebClient's per-attempt {@code http.client.requests} observations
 * become its children.
 *
 * <p>Log lines name the operation, account, status, error type, exception class, duration, attempts and request
 * id; never headers, URLs or exception messages, which could carry a key or a signed URL. A call that ends well, is
 * cancelled, or fails with an expected status (by default 404 and 409: the caller handles them) logs at DEBUG; any
 * other failure (5xx, no answer, 401/403, a 429 left after the retries, a timeout) logs at WARN, with the request id
 * ImageKit support asks for.
 */
public final class ObservationExchangeDecorator implements ExchangeDecorator {

	private static final Log logger = LogFactory.getLog(ObservationExchangeDecorator.class);

	private static final ImageKitObservationConvention DEFAULT_CONVENTION = new DefaultImageKitObservationConvention();

	private final ObservationRegistry registry;

	/** The statuses whose failures log at DEBUG unless told otherwise: a missing file, a name already taken. */
	public static final Set<Integer> DEFAULT_EXPECTED_STATUSES = Set.of(404, 409);

	private final @Nullable ImageKitObservationConvention convention;

	private final Set<Integer> expectedStatuses;

	/**
	 * Create a decorator that logs failures with the {@link #DEFAULT_EXPECTED_STATUSES} at DEBUG.
	 * @param registry where observations are recorded; {@link ObservationRegistry#NOOP} for logs only
	 * @param convention the convention to use, or {@code null} for {@link DefaultImageKitObservationConvention}
	 */
	public ObservationExchangeDecorator(ObservationRegistry registry,
			@Nullable ImageKitObservationConvention convention) {
		this(registry, convention, DEFAULT_EXPECTED_STATUSES);
	}

	/**
	 * Create a decorator.
	 * @param registry where observations are recorded; {@link ObservationRegistry#NOOP} for logs only
	 * @param convention the convention to use, or {@code null} for {@link DefaultImageKitObservationConvention}
	 * @param expectedStatuses the statuses whose failures log at DEBUG instead of WARN
	 */
	public ObservationExchangeDecorator(ObservationRegistry registry,
			@Nullable ImageKitObservationConvention convention, Collection<Integer> expectedStatuses) {
		this.registry = registry;
		this.convention = convention;
		this.expectedStatuses = Set.copyOf(expectedStatuses);
	}

	@Override
	public <T> Mono<T> decorate(ImageKitCall call, Mono<T> next) {
		return Mono.deferContextual((reactorContext) -> {
			ImageKitObservationContext context = new ImageKitObservationContext(call.operation(), call.accountName());
			Observation observation = ImageKitObservationDocumentation.CLIENT_REQUEST.observation(this.convention,
					DEFAULT_CONVENTION, () -> context, this.registry);
			// Only when there is one: otherwise the observation keeps the thread-local parent it was created with.
			reactorContext.<Observation>getOrEmpty(ObservationThreadLocalAccessor.KEY)
				.ifPresent(observation::parentObservation);
			observation.start();
			Ending ending = new Ending(call, context, observation, this.expectedStatuses);
			// doOnSuccess and doOnError run before the signal goes downstream: the observation is stopped by the
			// time a subscriber sees the result.
			return next.doOnSuccess((value) -> ending.succeeded())
				.doOnError(ending::failed)
				.doOnCancel(ending::cancelled)
				.contextWrite((writable) -> writable.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	/**
	 * Ends one call exactly once, whichever of success, error and cancellation comes first.
	 */
	private static final class Ending {

		private final ImageKitCall call;

		private final ImageKitObservationContext context;

		private final Observation observation;

		private final long startNanos = System.nanoTime();

		private final AtomicBoolean ended = new AtomicBoolean();

		private final Set<Integer> expectedStatuses;

		Ending(ImageKitCall call, ImageKitObservationContext context, Observation observation,
				Set<Integer> expectedStatuses) {
			this.call = call;
			this.context = context;
			this.observation = observation;
			this.expectedStatuses = expectedStatuses;
		}

		void succeeded() {
			if (!this.ended.compareAndSet(false, true)) {
				return;
			}
			ImageKitResponse<?> response = this.call.response();
			if (response != null) {
				this.context.setStatusCode(response.statusCode());
				this.context.setRequestId(response.requestId());
			}
			stop();
			if (logger.isDebugEnabled()) {
				logger.debug(describe("succeeded"));
			}
		}

		void failed(Throwable error) {
			if (!this.ended.compareAndSet(false, true)) {
				return;
			}
			// Set here too: a no-op observation does not pass the error on to this context.
			this.context.setError(error);
			boolean expected = false;
			if (error instanceof ImageKitServiceException serviceException) {
				this.context.setStatusCode(serviceException.statusCode());
				this.context.setRequestId(serviceException.requestId());
				expected = this.expectedStatuses.contains(serviceException.statusCode());
			}
			else if (error instanceof UnreadableResponseException unreadable) {
				this.context.setStatusCode(unreadable.statusCode());
				this.context.setRequestId(unreadable.requestId());
			}
			this.observation.error(error);
			stop();
			if (expected) {
				if (logger.isDebugEnabled()) {
					logger.debug(describe("failed"));
				}
			}
			else if (logger.isWarnEnabled()) {
				logger.warn(describe("failed"));
			}
		}

		void cancelled() {
			if (!this.ended.compareAndSet(false, true)) {
				return;
			}
			this.context.setCancelled(true);
			stop();
			if (logger.isDebugEnabled()) {
				logger.debug(describe("cancelled"));
			}
		}

		private void stop() {
			this.context.setAttempts(this.call.attempts());
			this.observation.stop();
		}

		private String describe(String ending) {
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.startNanos);
			StringBuilder line = new StringBuilder("ImageKit ").append(this.context.getOperation().id())
				.append(" [account ")
				.append(this.context.getAccountName())
				.append("] ")
				.append(ending)
				.append(": status=")
				.append(DefaultImageKitObservationConvention.statusOf(this.context));
			Throwable error = this.context.getError();
			if (error != null) {
				line.append(", error.type=")
					.append(ImageKitErrorTypes.of(error))
					.append(", exception=")
					.append(error.getClass().getSimpleName());
			}
			String requestId = this.context.getRequestId();
			return line.append(", duration=")
				.append(millis)
				.append("ms, attempts=")
				.append(this.context.getAttempts())
				.append(", request id=")
				.append((requestId != null) ? requestId : "none")
				.toString();
		}

	}

}
