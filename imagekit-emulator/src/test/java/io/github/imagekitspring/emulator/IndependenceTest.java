package io.github.imagekitspring.emulator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The emulator stands apart from the client it checks, and sticks to Jackson 3 and no Spring Boot. */
@AnalyzeClasses(packages = "io.github.imagekitspring.emulator", importOptions = ImportOption.DoNotIncludeTests.class)
class IndependenceTest {

	@ArchTest
	static final ArchRule noClientCode = noClasses().should()
		.dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("starter classes outside the emulator",
				(c) -> c.getPackageName().startsWith("io.github.imagekitspring")
						&& !c.getPackageName().startsWith("io.github.imagekitspring.emulator")));

	@ArchTest
	static final ArchRule noJackson2OrSpringBoot = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.fasterxml.jackson.databind..", "org.springframework.boot..");

}
