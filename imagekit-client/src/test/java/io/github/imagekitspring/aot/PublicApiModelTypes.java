package io.github.imagekitspring.aot;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.github.imagekitspring.ImageKitException;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.webhooks.WebhookVerifier;

/**
 * The model types of the public API, found by walking it from {@link ImageKitOperations}: the return and parameter
 * types of every method of the API interfaces, then, recursively, generic arguments, record components, array
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
		Deque<Type> pending = new ArrayDeque<>();
		pending.add(ImageKitOperations.class);
		while (!pending.isEmpty()) {
			Type type = pending.poll();
			if (type instanceof ParameterizedType parameterized) {
				pending.add(parameterized.getRawType());
				pending.addAll(List.of(parameterized.getActualTypeArguments()));
			}
			else if (type instanceof GenericArrayType array) {
				pending.add(array.getGenericComponentType());
			}
			else if (type instanceof WildcardType wildcard) {
				pending.addAll(List.of(wildcard.getUpperBounds()));
				pending.addAll(List.of(wildcard.getLowerBounds()));
			}
			else if (type instanceof TypeVariable<?> variable) {
				pending.addAll(List.of(variable.getBounds()));
			}
			else if (type instanceof Class<?> clazz) {
				Class<?> element = clazz.isArray() ? clazz.getComponentType() : clazz;
				if (!element.getName().startsWith(PACKAGE) || !seen.add(element)
						|| Throwable.class.isAssignableFrom(element)) {
					continue;
				}
				if (NOT_JSON.contains(element.getName())) {
					pending.addAll(List.of(element.getTypeParameters()));
					continue;
				}
				if (isApi(element)) {
					for (Method method : element.getMethods()) {
						if (method.getDeclaringClass().getName().startsWith(PACKAGE)) {
							pending.add(method.getGenericReturnType());
							pending.addAll(List.of(method.getGenericParameterTypes()));
						}
					}
					pending.addAll(List.of(element.getDeclaredClasses()));
					continue;
				}
				models.add(element);
				if (element.isRecord()) {
					for (RecordComponent component : element.getRecordComponents()) {
						pending.add(component.getGenericType());
					}
				}
				if (element.isSealed()) {
					pending.addAll(List.of(element.getPermittedSubclasses()));
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
