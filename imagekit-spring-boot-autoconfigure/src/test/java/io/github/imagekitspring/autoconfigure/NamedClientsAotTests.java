package io.github.imagekitspring.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients of named accounts survive AOT processing: their bean definitions can be generated as code.
 */
class NamedClientsAotTests {

	@Test
	void namedClientsAreGeneratedAsCode() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			TestPropertyValues
				.of("imagekit.private-key=private_aot_default", "imagekit.clients.archive.private-key=private_aot_archive")
				.applyTo(context);
			context.register(App.class);
			InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
			DefaultGenerationContext generation = new DefaultGenerationContext(
					new ClassNameGenerator(ClassName.get("io.github.imagekitspring.aottest", "App")), files);
			new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
			generation.writeGeneratedContent();
			Map<String, ?> sources = files.getGeneratedFiles(GeneratedFiles.Kind.SOURCE);
			assertThat(sources.values()).anySatisfy((source) -> assertThat(source.toString())
				.contains("imageKitOperations.archive"));
		}
	}

	@ImportAutoConfiguration({ WebClientAutoConfiguration.class, ImageKitAutoConfiguration.class })
	static class App {

	}

}
