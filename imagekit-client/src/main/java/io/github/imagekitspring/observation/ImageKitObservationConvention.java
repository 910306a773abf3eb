package io.github.imagekitspring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of ImageKit calls. Declare a bean of this type to replace
 * {@link DefaultImageKitObservationConvention}, or extend that class to change a single key.
 */
public interface ImageKitObservationConvention extends ObservationConvention<ImageKitObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ImageKitObservationContext;
	}

}
