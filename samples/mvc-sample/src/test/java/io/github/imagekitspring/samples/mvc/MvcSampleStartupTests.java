package io.github.imagekitspring.samples.mvc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What a production start of the sample does, and what the starter brings with it.
 */
@ExtendWith(OutputCaptureExtension.class)
class MvcSampleStartupTests {

	@Test
	void withoutAKeyTheApplicationStopsAndSaysWhatToDoThoughTheEmulatorIsOnTheClasspath(CapturedOutput output) {
		assertThat(ClassUtils.isPresent("io.github.imagekitspring.emulator.ImageKitEmulator", null)).isTrue();

		assertThatException().isThrownBy(() -> MvcSampleApplication
			.main(new String[] { "--imagekit.private-key=", "--server.port=0", "--spring.main.banner-mode=off" }));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("property 'imagekit.private-key'")
			.contains("IMAGEKIT_PRIVATE_KEY")
			.contains("imagekit.emulator.enabled=true")
			.doesNotContain("using the embedded ImageKit emulator");
	}

	@Test
	void theStarterBringsNoBeanValidationProviderAndNoUnusedResilience4jModule() {
		assertThat(ClassUtils.isPresent("org.hibernate.validator.HibernateValidator", null)).isFalse();
		assertThat(ClassUtils.isPresent("jakarta.validation.Validation", null)).isFalse();
		assertThat(ClassUtils.isPresent("io.github.resilience4j.circuitbreaker.CircuitBreaker", null)).isFalse();
		assertThat(ClassUtils.isPresent("io.github.resilience4j.bulkhead.Bulkhead", null)).isFalse();
		assertThat(ClassUtils.isPresent("io.github.resilience4j.timelimiter.TimeLimiter", null)).isFalse();
		assertThat(ClassUtils.isPresent("io.github.resilience4j.retry.Retry", null)).isTrue();
	}

}
