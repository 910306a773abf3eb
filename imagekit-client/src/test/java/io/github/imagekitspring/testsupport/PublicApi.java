package io.github.imagekitspring.testsupport;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import static org.assertj.core.api.Assertions.fail;

/**
 * Compares a module's public API, its public top-level types outside the {@code ..internal..} packages, with the
 * list checked in next to its tests, so that a change of the public API shows in review as a change of that list.
 */
public final class PublicApi {

	/** The checked-in list, one fully qualified name a line, sorted. */
	public static final String LIST = "public-api.txt";

	private PublicApi() {
	}

	/**
	 * The public top-level types outside the internal packages, compiled in the same classes directory as a type.
	 * @param anyType a type of the module
	 * @return the sorted fully qualified names
	 */
	public static Set<String> of(Class<?> anyType) {
		Path classes;
		try {
			classes = Path.of(anyType.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		Set<String> names = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().importPath(classes)) {
			if (type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC)
					&& !type.getSimpleName().equals("package-info") && !type.getPackageName().contains(".internal")) {
				names.add(type.getName());
			}
		}
		return names;
	}

	/**
	 * Fail, naming what was added and what was removed, unless a module's public types are those of its list.
	 * @param anyType a type of the module
	 */
	public static void assertMatchesList(Class<?> anyType) {
		Set<String> actual = of(anyType);
		Set<String> listed = listed();
		if (actual.equals(listed)) {
			return;
		}
		List<String> lines = new ArrayList<>();
		actual.stream().filter((name) -> !listed.contains(name)).forEach((name) -> lines.add("+ " + name));
		listed.stream().filter((name) -> !actual.contains(name)).forEach((name) -> lines.add("- " + name));
		fail("The public API changed without src/test/resources/" + LIST + " (+ public now, - listed but not "
				+ "public). Make the type package-private or internal, or update the list in the same change:%n%s",
				String.join(System.lineSeparator(), lines));
	}

	/** Read from the module's directory, where the build runs its tests, not from a class path holding others. */
	private static Set<String> listed() {
		try {
			Set<String> names = new TreeSet<>();
			for (String line : Files.readAllLines(Path.of("src/test/resources", LIST))) {
				if (!line.isBlank()) {
					names.add(line.strip());
				}
			}
			return names;
		}
		catch (IOException ex) {
			throw new IllegalStateException("src/test/resources/" + LIST + " cannot be read", ex);
		}
	}

}
