package io.github.imagekitspring.observation;

import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import io.github.imagekitspring.observation.ImageKitObservationDocumentation.LowCardinalityKeyNames;

/**
 * Counts failed ImageKit calls. The timer of every call comes from Micrometer's
 * {@code DefaultMeterObservationHandler}; this handler adds counters that dashboards and alerts can use directly.
 * Tags are the observation's low-cardinality values, so a custom convention's values are used.
 *
 * <p>These count calls, not attempts: a 429 that a retry recovered from is not counted here, but is still visible
 * as WebClient's {@code http.client.requests} with {@code status=429}.
 */
public class ImageKitMeterObservationHandler implements ObservationHandler<ImageKitObservationContext> {

	/** Calls that failed, by operation, status, error type and account. */
	public static final String ERRORS = "imagekit.client.errors";

	/** Calls that failed because ImageKit answered 429, by operation and account. */
	public static final String RATE_LIMITED = "imagekit.client.rate-limited";

	/** Calls that the client-side rate limiter refused to send, by operation and account. */
	public static final String THROTTLED = "imagekit.client.throttled";

	private final MeterRegistry meterRegistry;

	/**
	 * Create a handler.
	 * @param meterRegistry where the counters are registered
	 */
	public ImageKitMeterObservationHandler(MeterRegistry meterRegistry) {
		this.meterRegistry = meterRegistry;
	}

	@Override
	public void onStop(ImageKitObservationContext context) {
		if (context.getError() == null) {
			return;
		}
		KeyValues values = context.getLowCardinalityKeyValues();
		String operation = value(values, LowCardinalityKeyNames.OPERATION.asString(), context.getOperation().id());
		String account = value(values, LowCardinalityKeyNames.ACCOUNT.asString(), context.getAccountName());
		String status = value(values, LowCardinalityKeyNames.STATUS.asString(),
				DefaultImageKitObservationConvention.statusOf(context));
		String errorType = value(values, LowCardinalityKeyNames.ERROR_TYPE.asString(),
				DefaultImageKitObservationConvention.errorTypeOf(context));
		Tags callTags = Tags.of(LowCardinalityKeyNames.OPERATION.asString(), operation,
				LowCardinalityKeyNames.ACCOUNT.asString(), account);
		Counter.builder(ERRORS)
			.description("ImageKit calls that failed")
			.tags(callTags)
			.tag(LowCardinalityKeyNames.STATUS.asString(), status)
			.tag(LowCardinalityKeyNames.ERROR_TYPE.asString(), errorType)
			.register(this.meterRegistry)
			.increment();
		// Classified from the error itself, so a convention that renames error types cannot hide these.
		String kind = ImageKitErrorTypes.of(context.getError());
		if (ImageKitErrorTypes.RATE_LIMITED.equals(kind)) {
			Counter.builder(RATE_LIMITED)
				.description("ImageKit calls that failed because ImageKit answered 429")
				.tags(callTags)
				.register(this.meterRegistry)
				.increment();
		}
		else if (ImageKitErrorTypes.THROTTLED.equals(kind)) {
			Counter.builder(THROTTLED)
				.description("ImageKit calls that the client-side rate limiter refused to send")
				.tags(callTags)
				.register(this.meterRegistry)
				.increment();
		}
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof ImageKitObservationContext;
	}

	private static String value(KeyValues values, String key, String fallback) {
		String value = DefaultImageKitObservationConvention.valueOf(values, key);
		return (value != null) ? value : fallback;
	}

}
