package io.github.imagekitspring.samples.mvc;

import org.springframework.boot.SpringApplication;

/**
 * The application on the embedded ImageKit emulator, for development without an account:
 * {@code ./mvnw -pl samples/mvc-sample -am spring-boot:test-run}. The emulator is a test dependency, so it never
 * reaches the application's jar.
 */
public class TestMvcSampleApplication {

	public static void main(String[] args) {
		SpringApplication.from(MvcSampleApplication::main).withAdditionalProfiles("emulator").run(args);
	}

}
