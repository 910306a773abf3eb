package io.github.imagekitspring.internal.observation;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitDefaults;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.errors.UnreadableResponseException;
import io.github.imagekitspring.internal.http.ExchangeDecorator;
import io.github.imagekitspring.internal.http.ImageKitCall;
import io.github.imagekitspring.observation.DefaultImageKitObservationConvention;
import io.github.imagekitspring.observation.ImageKitErrorTypes;
import io.github.imagekitspring.observation.ImageKitObservationContext;
import io.github.imagekitspring.observation.ImageKitObservationConvention;
import io.github.imagekitspring.observation.ImageKitObservationDocumentation;
import io.github.imagekitspring.observation.ImageKitObservationDocumentation.LowCardinalityKeyNames;

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

	// The category applications configure (see the README); it predates the move of this class.
	private static final Log logger = LogFactory.getLog("io.github.imagekitspring.observation.ObservationExchangeDecorator");

	private static final ImageKitObservationConvention DEFAULT_CONVENTION = DefaultImageKitObservationConvention.INSTANCE;

	private final ObservationRegistry registry;

	private final @Nullable ImageKitObservationConvention convention;

	private final Set<Integer> expectedStatuses;

	/**
	 * Create a decorator that logs failures with the {@link ImageKitDefaults#EXPECTED_ERROR_STATUSES} at DEBUG.
	 * @param registry where observations are recorded; {@link ObservationRegistry#NOOP} for logs only
	 * @param convention the convention to use, or {@code null} for {@link DefaultImageKitObservationConvention}
	 */
	public ObservationExchangeDecorator(ObservationRegistry registry,
			@Nullable ImageKitObservationConvention convention) {
		this(registry, convention, ImageKitDefaults.EXPECTED_ERROR_STATUSES);
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

		/** The status value of the default tags, whatever convention names the observation. */
		private static String status(ImageKitObservationContext context) {
			String key = LowCardinalityKeyNames.STATUS.asString();
			for (KeyValue value : DefaultImageKitObservationConvention.INSTANCE.getLowCardinalityKeyValues(context)) {
				if (value.getKey().equals(key)) {
					return value.getValue();
				}
			}
			return KeyValue.NONE_VALUE;
		}

		private String describe(String ending) {
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.startNanos);
			StringBuilder line = new StringBuilder("ImageKit ").append(this.context.getOperation().id())
				.append(" [account ")
				.append(this.context.getAccountName())
				.append("] ")
				.append(ending)
				.append(": status=")
				.append(status(this.context));
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
