package io.github.imagekitspring.samples.mvc;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code java} block of the project's README compiles against the starter, Spring MVC, the emulator and the
 * test libraries: a block that declares a type is a compilation unit of its own; any other block is the body of a
 * method that has {@code imageKit}, {@code rawBody} and {@code headers} in scope. Only imports are added.
 */
class ReadmeSnippetsTests {

	private static final Path README = Path.of("../../README.md");

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern TYPE = Pattern.compile("^(?:public\\s+)?(?:class|interface|record|enum)\\s+(\\w+)",
			Pattern.MULTILINE);

	private static final List<String> IMPORTS = List.of("java.io.File", "io.netty.handler.ssl.SslContextBuilder", "java.nio.file.*", "java.time.*", "java.util.List", "java.util.Map",
			"reactor.core.publisher.*", "io.github.imagekitspring.*", "io.github.imagekitspring.errors.*",
			"io.github.imagekitspring.files.*", "io.github.imagekitspring.folders.*",
			"io.github.imagekitspring.upload.*", "io.github.imagekitspring.urls.*",
			"io.github.imagekitspring.webhooks.*", "io.github.imagekitspring.resilience.*",
			"io.github.imagekitspring.emulator.*", "io.github.imagekitspring.autoconfigure.emulator.*",
			"io.github.imagekitspring.samples.mvc.*", "org.junit.jupiter.api.*", "org.junit.jupiter.api.extension.*",
			"org.springframework.beans.factory.annotation.*", "org.springframework.boot.*",
			"org.springframework.boot.test.context.*", "org.springframework.context.event.*",
			"org.springframework.http.*", "org.springframework.stereotype.*",
			"org.springframework.web.bind.annotation.*", "org.springframework.web.multipart.*",
			"static org.assertj.core.api.Assertions.*");

	@Test
	void everyJavaSnippetCompiles(@TempDir Path sources, @TempDir Path classes) throws IOException {
		String readme = Files.readString(README);
		List<File> units = new ArrayList<>();
		Matcher block = JAVA_BLOCK.matcher(readme);
		int index = 0;
		while (block.find()) {
			index++;
			units.add(unit(sources, "snippet" + index, block.group(1)));
		}
		assertThat(units).as("java blocks in the README").hasSizeGreaterThanOrEqualTo(7);

		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
			List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
					classes.toString(), "-proc:none", "-parameters");
			boolean compiled = compiler
				.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(units))
				.call();
			assertThat(compiled).as(() -> report(diagnostics)).isTrue();
		}
	}

	private static File unit(Path sources, String name, String code) throws IOException {
		StringBuilder unit = new StringBuilder("package readme.").append(name).append(";\n");
		IMPORTS.forEach((imported) -> unit.append("import ").append(imported).append(";\n"));
		Matcher type = TYPE.matcher(code);
		String fileName;
		if (type.find()) {
			fileName = type.group(1);
			unit.append(code);
		}
		else {
			fileName = "Snippet";
			unit.append("class Snippet {\n  void run(ImageKitOperations imageKit, byte[] rawBody, HttpHeaders headers) {\n")
				.append(code)
				.append("\n  }\n}\n");
		}
		Path file = sources.resolve(name).resolve(fileName + ".java");
		Files.createDirectories(file.getParent());
		Files.writeString(file, unit);
		return file.toFile();
	}

	private static String report(DiagnosticCollector<JavaFileObject> diagnostics) {
		StringBuilder report = new StringBuilder("README snippets do not compile:\n");
		for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
			if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
				report.append(diagnostic.getSource().getName())
					.append(':')
					.append(diagnostic.getLineNumber())
					.append(": ")
					.append(diagnostic.getMessage(Locale.ROOT))
					.append('\n');
			}
		}
		return report.toString();
	}

}
