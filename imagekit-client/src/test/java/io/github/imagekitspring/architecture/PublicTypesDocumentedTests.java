package io.github.imagekitspring.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public top-level type of a published module outside its internal packages opens with a Javadoc comment.
 * The Javadoc build (doclint) fails on broken references and bad HTML; this adds the "documented" half for types,
 * which doclint can only ask of every member at once.
 */
class PublicTypesDocumentedTests {

	private static final List<Path> PUBLISHED_SOURCES = List.of(Path.of("src/main/java"),
			Path.of("../imagekit-spring-boot-autoconfigure/src/main/java"), Path.of("../imagekit-emulator/src/main/java"));

	private static final Pattern PUBLIC_TYPE = Pattern
		.compile("^public (?:(?:final|abstract|sealed|non-sealed|static) )*(?:class|interface|record|enum|@interface) .*");

	@Test
	void everyPublicTypeIsDocumented() throws IOException {
		List<String> undocumented = new ArrayList<>();
		for (Path root : PUBLISHED_SOURCES) {
			assertThat(root).as("published source root").isDirectory();
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(PublicTypesDocumentedTests::isApiSource).toList()) {
					if (!documented(Files.readAllLines(file))) {
						undocumented.add(root.relativize(file).toString());
					}
				}
			}
		}
		assertThat(undocumented).as("public types without a Javadoc comment").isEmpty();
	}

	private static boolean isApiSource(Path file) {
		String path = file.toString().replace('\\', '/');
		return path.endsWith(".java") && !path.endsWith("package-info.java") && !path.contains("/internal/");
	}

	private static boolean documented(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (PUBLIC_TYPE.matcher(lines.get(i)).matches()) {
				return javadocEndsAbove(lines, i);
			}
		}
		return true;
	}

	// Above the declaration only annotations (possibly over several lines) may stand between it and its comment.
	private static boolean javadocEndsAbove(List<String> lines, int declaration) {
		int i = declaration - 1;
		while (i >= 0 && !lines.get(i).trim().endsWith("*/") && !lines.get(i).trim().endsWith(";")) {
			i--;
		}
		if (i < 0 || !lines.get(i).trim().endsWith("*/")) {
			return false;
		}
		while (i >= 0 && !lines.get(i).contains("/*")) {
			i--;
		}
		return i >= 0 && lines.get(i).trim().startsWith("/**");
	}

}
