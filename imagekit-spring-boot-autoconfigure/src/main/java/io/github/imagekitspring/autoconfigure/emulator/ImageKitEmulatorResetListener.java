package io.github.imagekitspring.autoconfigure.emulator;

import io.github.imagekitspring.emulator.ImageKitEmulator;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Empties the context's {@link ImageKitEmulator} before each test method, so that no test sees another's files,
 * requests or faults, even when the cached context is shared.
 */
class ImageKitEmulatorResetListener implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(ImageKitEmulator.class).ifAvailable(ImageKitEmulator::reset);
		}
	}

}
