package io.github.imagekitspring.autoconfigure;

import org.junit.jupiter.api.Test;

import io.github.imagekitspring.ImageKitProxy;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.annotation.ImportRuntimeHints;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hints the auto-configuration imports let an AOT-processed application bind every {@code imagekit.*} group.
 */
class ImageKitRuntimeHintsTests {

	@Test
	void theAutoConfigurationImportsTheHints() {
		assertThat(ImageKitAutoConfiguration.class.getAnnotation(ImportRuntimeHints.class).value())
			.containsExactly(ImageKitRuntimeHints.class);
	}

	@Test
	void everyPropertyGroupCanBeBound() throws Exception {
		RuntimeHints hints = new RuntimeHints();
		new ImageKitRuntimeHints().registerHints(hints, getClass().getClassLoader());
		for (Class<?> type : new Class<?>[] { ImageKitProperties.class, ImageKitProperties.Pool.class,
				ImageKitProperties.Proxy.class, ImageKitProperties.Ssl.class, ImageKitProperties.Client.class,
				ImageKitProperties.Retry.class, ImageKitProperties.RateLimit.class, ImageKitProperties.Endpoint.class }) {
			assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(type.getDeclaredConstructor()))
				.as(type.getName())
				.accepts(hints);
		}
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(ImageKitProperties.Proxy.class.getMethod("setPassword", String.class))).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(ImageKitProperties.Pool.class.getMethod("setMaxIdleTime", java.time.Duration.class)))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(ImageKitProperties.class.getMethod("getProxy"))).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(ImageKitProxy.Type.class)).accepts(hints);
	}

}
