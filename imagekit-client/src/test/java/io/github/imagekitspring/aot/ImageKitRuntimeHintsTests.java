package io.github.imagekitspring.aot;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.ReflectionHintsPredicates;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model type of the public API, found by walking it, has the reflection hints Jackson needs in an AOT-processed
 * or native application, from the registrars that {@code META-INF/spring/aot.factories} declares, as Spring's AOT
 * processing loads them.
 */
class ImageKitRuntimeHintsTests {

	private static final RuntimeHints hints = new RuntimeHints();

	private static final ReflectionHintsPredicates reflection = RuntimeHintsPredicates.reflection();

	private static final Set<Class<?>> models = PublicApiModelTypes.find();

	@BeforeAll
	static void registerHints() {
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, ImageKitRuntimeHintsTests.class.getClassLoader()));
	}

	@Test
	void theWalkFindsTheModelsOfEveryKind() {
		assertThat(models).extracting(Class::getName)
			.contains("io.github.imagekitspring.files.FileDetails", "io.github.imagekitspring.files.Asset",
					"io.github.imagekitspring.files.ListFilesRequest", "io.github.imagekitspring.accounts.Origin$S3",
					"io.github.imagekitspring.webhooks.VideoTransformationData$Output",
					"io.github.imagekitspring.urls.Transformation$CropMode")
			.hasSizeGreaterThan(100);
	}

	@Test
	void everyModelTypeIsRegisteredForReflection() {
		assertThat(models).allSatisfy((type) -> assertThat(reflection.onType(type)).as(type.getName()).accepts(hints));
	}

	@Test
	void everyRecordCanBeReadAndWrittenByItsComponents() {
		List<String> missing = new ArrayList<>();
		models.stream().filter(Class::isRecord).forEach((type) -> {
			for (RecordComponent component : type.getRecordComponents()) {
				if (!reflection.onMethodInvocation(component.getAccessor()).test(hints)) {
					missing.add(component.getAccessor().toString());
				}
			}
			Class<?>[] parameters = Stream.of(type.getRecordComponents()).map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			try {
				if (!reflection.onConstructorInvocation(type.getDeclaredConstructor(parameters)).test(hints)) {
					missing.add(type.getName() + " canonical constructor");
				}
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(missing).isEmpty();
	}

	@Test
	void theClassesJacksonAnnotationsNameAreRegistered() {
		List<Class<?>> named = new ArrayList<>();
		for (Class<?> type : models) {
			List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					elements.add(component.getAccessor());
				}
			}
			for (AnnotatedElement element : elements) {
				JsonDeserialize deserialize = element.getAnnotation(JsonDeserialize.class);
				if (deserialize != null && deserialize.using() != tools.jackson.databind.ValueDeserializer.None.class) {
					named.add(deserialize.using());
				}
				JsonSubTypes subTypes = element.getAnnotation(JsonSubTypes.class);
				if (subTypes != null) {
					Stream.of(subTypes.value()).map(JsonSubTypes.Type::value).forEach(named::add);
				}
			}
		}
		assertThat(named).isNotEmpty()
			.allSatisfy((type) -> assertThat(reflection.onType(type)).as(type.getName()).accepts(hints));
		assertThat(named).filteredOn((type) -> !type.isInterface() && !type.isRecord()).allSatisfy((type) -> {
			assertThat(reflection.onConstructorInvocation(type.getDeclaredConstructor())).as(type.getName())
				.accepts(hints);
		});
	}

	@Test
	void internalTypesThatTheClientReadsAreRegistered() {
		assertThat(reflection
			.onType(TypeReference.of("io.github.imagekitspring.internal.client.FileClient$RenameAnswer")))
			.accepts(hints);
	}

	@Test
	void annotationsOnModelsAreReadable() {
		// Jackson reads @JsonProperty and friends from the components' accessors at runtime.
		Method accessor = Stream.of(models.stream().filter(Class::isRecord).toArray(Class<?>[]::new))
			.flatMap((type) -> Stream.of(type.getRecordComponents()))
			.map(RecordComponent::getAccessor)
			.filter((method) -> method.getAnnotations().length > 0)
			.findFirst()
			.orElseThrow();
		Annotation[] annotations = accessor.getAnnotations();
		assertThat(annotations).isNotEmpty();
		assertThat(reflection.onMethodInvocation(accessor)).accepts(hints);
	}

}
