package io.github.imagekitspring.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape of the client: one exchange talks to WebClient, the client never needs Spring Boot, Jackson 2 is never
 * used, only the Resilience4j modules its pom keeps and only through their public API, and Redis only in the package
 * that holds the shared store.
 */
@AnalyzeClasses(packages = "io.github.imagekitspring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule onlyTheExchangeSendsRequests = noClasses().that()
		.resideOutsideOfPackage("io.github.imagekitspring.internal.http")
		.and()
		.doNotHaveFullyQualifiedName("io.github.imagekitspring.ImageKitClient")
		.and()
		.doNotHaveFullyQualifiedName("io.github.imagekitspring.ImageKitClient$Builder")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.web.reactive.function.client..")
		.because("the exchange is the only class that talks to WebClient");

	@ArchTest
	static final ArchRule theClientDoesNotNeedSpringBoot = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.github.imagekitspring.autoconfigure..", "org.springframework.boot..")
		.because("the client can be built by hand with ImageKitClient.builder()");

	@ArchTest
	static final ArchRule noJackson2 = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("com.fasterxml.jackson.databind..")
		.because("the client reads and writes JSON with Jackson 3 only");

	@ArchTest
	static final ArchRule onlyTheResilience4jModulesOnTheClasspath = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.github.resilience4j.circuitbreaker..", "io.github.resilience4j.bulkhead..",
				"io.github.resilience4j.timelimiter..", "io.github.resilience4j.micrometer..",
				"io.github.resilience4j.reactor.circuitbreaker..", "io.github.resilience4j.reactor.bulkhead..",
				"io.github.resilience4j.reactor.timelimiter..", "io.github.resilience4j.reactor.micrometer..")
		.because("the client's pom excludes those modules: only retry, rate limiter and their Reactor operators are used");

	@ArchTest
	static final ArchRule onlyResilience4jsPublicApi = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("io.github.resilience4j..internal..")
		.because("Resilience4j's internal classes may change in any release");

	@ArchTest
	static final ArchRule redisOnlyInTheStorePackage = noClasses().that()
		.resideOutsideOfPackage("io.github.imagekitspring.resilience.redis..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.lettuce..", "io.github.bucket4j..")
		.because("Redis and Bucket4j are optional: an application without them never loads a class that needs them");

}
