package io.github.imagekitspring.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import org.junit.jupiter.api.Test;

import io.github.imagekitspring.errors.ImageKitRateLimitedLocallyException;
import io.github.imagekitspring.ImageKitOperation;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultImageKitObservationConventionTests {

	private final DefaultImageKitObservationConvention convention = new DefaultImageKitObservationConvention();

	@Test
	void nameAndContextualName() {
		ImageKitObservationContext context = new ImageKitObservationContext(ImageKitOperation.FILES_LIST, "default");
		assertThat(this.convention.getName()).isEqualTo("imagekit.client.requests");
		assertThat(new DefaultImageKitObservationConvention("custom").getName()).isEqualTo("custom");
		assertThat(this.convention.getContextualName(context)).isEqualTo("imagekit files.list");
		assertThat(this.convention.supportsContext(context)).isTrue();
		assertThat(this.convention.supportsContext(new Observation.Context())).isFalse();
	}

	@Test
	void keysBeforeTheCallEnds() {
		ImageKitObservationContext context = new ImageKitObservationContext(ImageKitOperation.FILES_DELETE, "archive");
		assertThat(this.convention.getLowCardinalityKeyValues(context)).containsExactlyInAnyOrder(
				KeyValue.of("imagekit.operation", "files.delete"), KeyValue.of("method", "DELETE"),
				KeyValue.of("status", "NONE"), KeyValue.of("outcome", "SUCCESS"), KeyValue.of("exception", "none"),
				KeyValue.of("error.type", "none"), KeyValue.of("imagekit.account", "archive"));
		assertThat(this.convention.getHighCardinalityKeyValues(context)).containsExactlyInAnyOrder(
				KeyValue.of("imagekit.request.id", "none"), KeyValue.of("imagekit.attempts", "0"));
	}

	@Test
	void aLocalRateLimitIsClassifiedByItsType() {
		ImageKitObservationContext context = new ImageKitObservationContext(ImageKitOperation.FILES_GET, "default");
		context.setError(new ImageKitRateLimitedLocallyException("files.get", 0, "no permit", null));
		assertThat(this.convention.getLowCardinalityKeyValues(context)).contains(KeyValue.of("status", "CLIENT_ERROR"),
				KeyValue.of("outcome", "UNKNOWN"), KeyValue.of("error.type", "throttled"),
				KeyValue.of("exception", "ImageKitRateLimitedLocallyException"));
	}

	@Test
	void anUnknownErrorIsOther() {
		assertThat(ImageKitErrorTypes.of(new IllegalStateException())).isEqualTo("other");
		assertThat(ImageKitErrorTypes.of(null)).isEqualTo("none");
	}

	@Test
	void anExceptionIsNotClassifiedByItsSimpleName() {
		assertThat(ImageKitErrorTypes.of(new ImageKitRateLimitedLocallyExceptionLookAlike.ImageKitRateLimitedLocallyException()))
			.isEqualTo("other");
	}

	static final class ImageKitRateLimitedLocallyExceptionLookAlike {

		static class ImageKitRateLimitedLocallyException extends RuntimeException {

		}

	}

}
