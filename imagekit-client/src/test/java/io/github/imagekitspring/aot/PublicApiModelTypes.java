package io.github.imagekitspring.aot;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import io.github.imagekitspring.ImageKitException;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.webhooks.WebhookVerifier;

import org.springframework.core.ResolvableType;

/**
 * The model types of the public API, found by walking it from {@link ImageKitOperations}: the return and parameter
 * types of every method of the API interfaces (type variables resolved against the interface), then, recursively, generic arguments, record components, array
 * components and the permitted subtypes of sealed types. Only the client's own types count; exceptions are not
 * models.
 */
final class PublicApiModelTypes {

	private static final String PACKAGE = ImageKitOperations.class.getPackageName() + ".";

	/**
	 * Public types that are never JSON: the response wrapper (its body type is walked), upload sources (sent as
	 * multipart) and builders.
	 */
	private static final Set<String> NOT_JSON = Set.of(ImageKitResponse.class.getName(),
			UploadSource.class.getName(), WebhookVerifier.Builder.class.getName());

	private PublicApiModelTypes() {
	}

	static Set<Class<?>> find() {
		Set<Class<?>> seen = new LinkedHashSet<>();
		Set<Class<?>> models = new TreeSet<>(Comparator.comparing(Class::getName));
		Deque<ResolvableType> pending = new ArrayDeque<>();
		pending.add(ResolvableType.forClass(ImageKitOperations.class));
		while (!pending.isEmpty()) {
			ResolvableType type = pending.poll();
			// Generic arguments, with type variables resolved where the type that uses them fixes them.
			for (ResolvableType generic : type.getGenerics()) {
				pending.add(generic);
			}
			Class<?> resolved = type.isArray() ? type.getComponentType().resolve() : type.resolve();
			if (resolved == null || !resolved.getName().startsWith(PACKAGE) || !seen.add(resolved)
					|| Throwable.class.isAssignableFrom(resolved) || NOT_JSON.contains(resolved.getName())) {
				continue;
			}
			if (isApi(resolved)) {
				for (Method method : resolved.getMethods()) {
					if (method.getDeclaringClass().getName().startsWith(PACKAGE)) {
						pending.add(ResolvableType.forMethodReturnType(method, resolved));
						for (int i = 0; i < method.getParameterCount(); i++) {
							pending.add(ResolvableType.forMethodParameter(method, i, resolved));
						}
					}
				}
				for (Class<?> nested : resolved.getDeclaredClasses()) {
					pending.add(ResolvableType.forClass(nested));
				}
				continue;
			}
			models.add(resolved);
			if (resolved.isRecord()) {
				for (RecordComponent component : resolved.getRecordComponents()) {
					pending.add(ResolvableType.forType(component.getGenericType()));
				}
			}
			if (resolved.isSealed()) {
				for (Class<?> permitted : resolved.getPermittedSubclasses()) {
					pending.add(ResolvableType.forClass(permitted));
				}
			}
		}
		return models;
	}

	/** The interfaces of operations, whose methods are walked; they are not read or written as JSON. */
	private static boolean isApi(Class<?> type) {
		return type.isInterface() && !type.isSealed() && type != ImageKitException.class
				&& (type.getSimpleName().endsWith("Operations") || type.getSimpleName().equals("WithResponse")
						|| type.getSimpleName().endsWith("Verifier") || type.getSimpleName().endsWith("Authentication"));
	}

}
