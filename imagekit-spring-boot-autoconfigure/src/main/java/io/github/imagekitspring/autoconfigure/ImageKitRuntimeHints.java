package io.github.imagekitspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitProxy;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * Binding hints for {@link ImageKitProperties}, which the registrar of named clients binds itself, before the
 * configuration properties bean exists, and for the proxy type.
 */
class ImageKitRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar.forTypes(ImageKitProperties.class).registerHints(hints, classLoader);
		// Bound from text by its constants.
		hints.reflection().registerType(ImageKitProxy.Type.class, MemberCategory.INVOKE_PUBLIC_METHODS);
	}

}
