package io.github.imagekitspring.autoconfigure;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The auto-configuration module holds Boot wiring only: the client lives in its own module, and JSON stays on
 * Jackson 3.
 */
@AnalyzeClasses(packages = "io.github.imagekitspring.autoconfigure", importOptions = ImportOption.DoNotIncludeTests.class)
class AutoConfigurationArchitectureTests {

	@ArchTest
	static final ArchRule onlyBootWiringLivesHere = classes().should()
		.resideInAPackage("io.github.imagekitspring.autoconfigure..")
		.because("the client without Spring Boot is the imagekit-client module");

	@ArchTest
	static final ArchRule noJackson2 = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("com.fasterxml.jackson.databind..")
		.because("JSON is read and written with Jackson 3 only");

}
