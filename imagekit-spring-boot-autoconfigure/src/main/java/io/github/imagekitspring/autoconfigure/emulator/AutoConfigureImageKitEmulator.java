package io.github.imagekitspring.autoconfigure.emulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.imagekitspring.emulator.ImageKitEmulator;

import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring test against the embedded ImageKit emulator ({@code imagekit-emulator} in test scope), emptied
 * before each test method, with the settings a test wants: the emulator even when {@code IMAGEKIT_PRIVATE_KEY} is set,
 * retries in milliseconds rather than seconds, and short timeouts, so that an injected fault costs no real time.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureImageKitEmulator
 * class GalleryTests {
 *     @Autowired ImageKitOperations imageKit;
 *     @Autowired ImageKitEmulator emulator; // requests(), injectFault(...), rateLimit(...)
 * }
 * }</pre>
 *
 * They take precedence over {@code @SpringBootTest(properties = ...)}; change one with {@code @TestPropertySource}
 * on the test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = { "imagekit.emulator.enabled=true", "imagekit.private-key=",
		"imagekit.retry.initial-backoff=10ms", "imagekit.retry.max-backoff=50ms",
		"imagekit.retry.max-rate-limit-wait=2s", "imagekit.retry.call-timeout=10s", "imagekit.connect-timeout=2s",
		"imagekit.response-timeout=5s" })
@TestExecutionListeners(listeners = ImageKitEmulatorResetListener.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface AutoConfigureImageKitEmulator {

}
