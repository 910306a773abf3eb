package io.github.imagekitspring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation of ImageKit calls and its keys.
 */
public enum ImageKitObservationDocumentation implements ObservationDocumentation {

	/**
	 * One logical ImageKit call: every attempt, and the waits between them.
	 */
	CLIENT_REQUEST {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultImageKitObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/**
	 * Keys with a small, bounded set of values: safe as metric tags.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/** Stable id of the operation, such as {@code files.get}. */
		OPERATION {
			@Override
			public String asString() {
				return "imagekit.operation";
			}
		},

		/** HTTP method of the operation. */
		METHOD {
			@Override
			public String asString() {
				return "method";
			}
		},

		/** HTTP status of the final answer, {@code IO_ERROR}, {@code CLIENT_ERROR} or {@code NONE}. */
		STATUS {
			@Override
			public String asString() {
				return "status";
			}
		},

		/** {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR} or {@code UNKNOWN}. */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/** Simple class name of the exception the call failed with, or {@code none}. */
		EXCEPTION {
			@Override
			public String asString() {
				return "exception";
			}
		},

		/** Kind of failure, such as {@code rate_limited} or {@code transport}; see {@link ImageKitErrorTypes}. */
		ERROR_TYPE {
			@Override
			public String asString() {
				return "error.type";
			}
		},

		/** Name of the configured account the call was made for. */
		ACCOUNT {
			@Override
			public String asString() {
				return "imagekit.account";
			}
		}

	}

	/**
	 * Keys with unbounded values: for traces and logs, never for metric tags.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/** ImageKit's {@code x-ik-requestId} of the final answer, which ImageKit support asks for. */
		REQUEST_ID {
			@Override
			public String asString() {
				return "imagekit.request.id";
			}
		},

		/** Number of requests sent for the call, retries included. */
		ATTEMPTS {
			@Override
			public String asString() {
				return "imagekit.attempts";
			}
		}

	}

}
