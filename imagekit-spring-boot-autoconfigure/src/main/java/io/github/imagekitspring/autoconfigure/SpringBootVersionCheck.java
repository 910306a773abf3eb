package io.github.imagekitspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops an application on Spring Boot 3 or older at startup with a message that says what to change, instead of a
 * {@code NoSuchMethodError} or a missing bean deep in the first call. It uses only types that Spring Boot 3 has
 * too, and is registered in {@code META-INF/spring.factories}, which both generations read.
 */
final class SpringBootVersionCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		check(SpringBootVersion.getVersion());
	}

	static void check(@Nullable String bootVersion) {
		// Unknown when Boot's jar has no manifest (an IDE build of Boot itself): nothing to compare then.
		if (bootVersion == null) {
			return;
		}
		int major = majorOf(bootVersion);
		if (major >= 0 && major < 4) {
			throw new IllegalStateException("The ImageKit Spring Boot starter needs Spring Boot 4.0 or later (Spring "
					+ "Framework 7, Jackson 3), but this application runs on Spring Boot " + bootVersion
					+ ". Upgrade the application to Spring Boot 4, or call ImageKit without the starter.");
		}
	}

	private static int majorOf(String version) {
		int dot = version.indexOf('.');
		try {
			return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
