package io.github.imagekitspring.emulator;

import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit Jupiter extension that runs one emulator per test class and resets it before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension.create();
 *
 * @Test
 * void uploads(ImageKitEmulator emulator) { ... emulator.baseUrl() ... }
 * }</pre>
 *
 * Register it on a static field; test methods may also take the {@link ImageKitEmulator} as a parameter.
 * Configure the emulator through {@link #create(Consumer)}, for example account-wide rate limits with two
 * windows: {@code create((b) -> b.rateLimits(RateLimit.parseAll("20/1000,120/10000")))}, or webhooks:
 * {@code create((b) -> b.webhookUrl("http://localhost:8080/imagekit/webhooks").webhookSecret("whsec_..."))}.
 */
public final class ImageKitEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

	private final ImageKitEmulator emulator;

	private ImageKitEmulatorExtension(ImageKitEmulator emulator) {
		this.emulator = emulator;
	}

	/** An extension with the default emulator settings. */
	public static ImageKitEmulatorExtension create() {
		return create((builder) -> {
		});
	}

	/** An extension whose emulator the given callback configures. */
	public static ImageKitEmulatorExtension create(Consumer<ImageKitEmulator.Builder> customizer) {
		ImageKitEmulator.Builder builder = ImageKitEmulator.builder();
		customizer.accept(builder);
		return new ImageKitEmulatorExtension(builder.build());
	}

	/** The emulator; started once the test class starts. */
	public ImageKitEmulator emulator() {
		return this.emulator;
	}

	/** Shorthand for {@code emulator().baseUrl()}. */
	public String baseUrl() {
		return this.emulator.baseUrl();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.emulator.start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.emulator.close();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.emulator.reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == ImageKitEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return this.emulator;
	}

}
