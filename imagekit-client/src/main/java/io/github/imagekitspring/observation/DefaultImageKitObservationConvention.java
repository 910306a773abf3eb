package io.github.imagekitspring.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.observation.ImageKitObservationDocumentation.HighCardinalityKeyNames;
import io.github.imagekitspring.observation.ImageKitObservationDocumentation.LowCardinalityKeyNames;

/**
 * The default {@link ImageKitObservationConvention}. Each key has its own protected method, so a subclass can
 * change one tag and keep the rest.
 */
public class DefaultImageKitObservationConvention implements ImageKitObservationConvention {

	/** Name of the observation, and so of the timer, unless configured otherwise. */
	public static final String DEFAULT_NAME = "imagekit.client.requests";

	private static final KeyValue STATUS_IO_ERROR = KeyValue.of(LowCardinalityKeyNames.STATUS, "IO_ERROR");

	private static final KeyValue STATUS_CLIENT_ERROR = KeyValue.of(LowCardinalityKeyNames.STATUS, "CLIENT_ERROR");

	private static final KeyValue STATUS_NONE = KeyValue.of(LowCardinalityKeyNames.STATUS, "NONE");

	private static final KeyValue OUTCOME_SUCCESS = KeyValue.of(LowCardinalityKeyNames.OUTCOME, "SUCCESS");

	private static final KeyValue OUTCOME_CLIENT_ERROR = KeyValue.of(LowCardinalityKeyNames.OUTCOME, "CLIENT_ERROR");

	private static final KeyValue OUTCOME_SERVER_ERROR = KeyValue.of(LowCardinalityKeyNames.OUTCOME, "SERVER_ERROR");

	private static final KeyValue OUTCOME_UNKNOWN = KeyValue.of(LowCardinalityKeyNames.OUTCOME, "UNKNOWN");

	private static final KeyValue EXCEPTION_NONE = KeyValue.of(LowCardinalityKeyNames.EXCEPTION, KeyValue.NONE_VALUE);

	private static final KeyValue REQUEST_ID_NONE = KeyValue.of(HighCardinalityKeyNames.REQUEST_ID,
			KeyValue.NONE_VALUE);

	/**
	 * The convention named {@value #DEFAULT_NAME}: the one used when none is configured. It also derives the values
	 * the log lines and counters share with the default tags.
	 */
	public static final DefaultImageKitObservationConvention INSTANCE = new DefaultImageKitObservationConvention();

	private final String name;

	/**
	 * Create a convention named {@value #DEFAULT_NAME}.
	 */
	public DefaultImageKitObservationConvention() {
		this(DEFAULT_NAME);
	}

	/**
	 * Create a convention with another name.
	 * @param name the observation name
	 */
	public DefaultImageKitObservationConvention(String name) {
		this.name = name;
	}

	/**
	 * The convention with a name: {@link #INSTANCE} for {@value #DEFAULT_NAME}.
	 * @param name the observation name
	 * @return the convention
	 */
	public static DefaultImageKitObservationConvention named(String name) {
		return DEFAULT_NAME.equals(name) ? INSTANCE : new DefaultImageKitObservationConvention(name);
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public String getContextualName(ImageKitObservationContext context) {
		return "imagekit " + context.getOperation().id();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ImageKitObservationContext context) {
		return KeyValues.of(operation(context), method(context), status(context), outcome(context),
				exception(context), errorType(context), account(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ImageKitObservationContext context) {
		return KeyValues.of(requestId(context), attempts(context));
	}

	protected KeyValue operation(ImageKitObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.OPERATION, context.getOperation().id());
	}

	protected KeyValue method(ImageKitObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.METHOD, context.getMethod());
	}

	protected KeyValue status(ImageKitObservationContext context) {
		Integer status = context.getStatusCode();
		if (status != null) {
			return KeyValue.of(LowCardinalityKeyNames.STATUS, String.valueOf(status));
		}
		Throwable error = context.getError();
		if (error instanceof ImageKitIoException) {
			return STATUS_IO_ERROR;
		}
		return (error != null) ? STATUS_CLIENT_ERROR : STATUS_NONE;
	}

	/**
	 * The outcome. {@code SUCCESS} only when the call produced its result: a 2xx answer whose body could not be
	 * read is {@code UNKNOWN}, like any failure without a 4xx or 5xx status.
	 * @param context the context
	 * @return the outcome key value
	 */
	protected KeyValue outcome(ImageKitObservationContext context) {
		if (context.getError() == null && !context.isCancelled()) {
			return OUTCOME_SUCCESS;
		}
		Integer status = context.getStatusCode();
		if (status == null || context.getError() == null) {
			return OUTCOME_UNKNOWN;
		}
		if (status >= 400 && status < 500) {
			return OUTCOME_CLIENT_ERROR;
		}
		return (status >= 500 && status < 600) ? OUTCOME_SERVER_ERROR : OUTCOME_UNKNOWN;
	}

	protected KeyValue exception(ImageKitObservationContext context) {
		Throwable error = context.getError();
		if (error == null) {
			return EXCEPTION_NONE;
		}
		String simpleName = error.getClass().getSimpleName();
		return KeyValue.of(LowCardinalityKeyNames.EXCEPTION,
				simpleName.isEmpty() ? error.getClass().getName() : simpleName);
	}

	protected KeyValue errorType(ImageKitObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.ERROR_TYPE, errorTypeOf(context));
	}

	protected KeyValue account(ImageKitObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.ACCOUNT, context.getAccountName());
	}

	protected KeyValue requestId(ImageKitObservationContext context) {
		String requestId = context.getRequestId();
		return (requestId != null) ? KeyValue.of(HighCardinalityKeyNames.REQUEST_ID, requestId) : REQUEST_ID_NONE;
	}

	protected KeyValue attempts(ImageKitObservationContext context) {
		return KeyValue.of(HighCardinalityKeyNames.ATTEMPTS, String.valueOf(context.getAttempts()));
	}

	static String errorTypeOf(ImageKitObservationContext context) {
		Throwable error = context.getError();
		return (error == null && context.isCancelled()) ? ImageKitErrorTypes.CANCELLED : ImageKitErrorTypes.of(error);
	}

	static String statusOf(ImageKitObservationContext context) {
		return INSTANCE.status(context).getValue();
	}

	static @Nullable String valueOf(KeyValues values, String key) {
		for (KeyValue value : values) {
			if (value.getKey().equals(key)) {
				return value.getValue();
			}
		}
		return null;
	}

}
