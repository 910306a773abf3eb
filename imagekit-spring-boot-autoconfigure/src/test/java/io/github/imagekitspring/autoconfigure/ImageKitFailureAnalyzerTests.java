package io.github.imagekitspring.autoconfigure;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.imagekitspring.autoconfigure.emulator.ImageKitEmulatorAutoConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Each startup failure of the {@code imagekit.*} configuration is explained with the property, where it was set and
 * the fix, offline included, and never with a key.
 */
class ImageKitFailureAnalyzerTests {

	private static final String SECRET = "public_Sup3rS3cretValue";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
				ImageKitEmulatorAutoConfiguration.class, ImageKitAutoConfiguration.class));

	@Test
	void aMissingKeyNamesThePropertyAndTheOfflineWay() {
		FailureAnalysis analysis = analyze(this.runner);
		assertThat(analysis.getDescription()).contains("property 'imagekit.private-key'").contains("must be set");
		assertThat(analysis.getAction()).contains("${IMAGEKIT_PRIVATE_KEY:}")
			.contains("imagekit-emulator")
			.contains("imagekit.emulator.enabled=true")
			.contains("imagekit.enabled=false");
	}

	@Test
	void anUnresolvablePlaceholderNamesThePropertyAndTheVariable() {
		FailureAnalysis analysis = analyze(
				this.runner.withPropertyValues("imagekit.private-key=${IMAGEKIT_TEST_UNSET_VARIABLE}"));
		assertThat(analysis.getDescription()).contains("'imagekit.private-key'")
			.contains("${IMAGEKIT_TEST_UNSET_VARIABLE}")
			.contains("not set");
		assertThat(analysis.getAction()).contains("imagekit.private-key: ${IMAGEKIT_TEST_UNSET_VARIABLE:}")
			.contains("imagekit.emulator.enabled=true");
	}

	@Test
	void anUnresolvablePlaceholderInANamedAccountIsNamedToo() {
		FailureAnalysis analysis = analyze(this.runner.withPropertyValues("imagekit.private-key=private_abc",
				"imagekit.clients.archive.private-key=${ARCHIVE_TEST_UNSET_VARIABLE}"));
		assertThat(analysis.getDescription()).contains("'imagekit.clients.archive.private-key'")
			.contains("${ARCHIVE_TEST_UNSET_VARIABLE}");
	}

	@Test
	void aPublicKeyInThePrivateKeySlotSaysWhichKeyWasGivenButNotTheKey() {
		FailureAnalysis analysis = analyze(this.runner.withPropertyValues("imagekit.private-key=" + SECRET));
		assertThat(analysis.getDescription()).contains("'imagekit.private-key'").contains("A public key (public_...)");
		assertThat(analysis.getAction()).contains("it starts with private_");
		assertThat(analysis.getDescription() + analysis.getAction() + analysis.getCause()).doesNotContain(SECRET);
	}

	@Test
	void aPrivateKeyInThePublicKeySlotIsRefusedWithoutShowingIt() {
		String privateKey = "private_Sup3rS3cretValue";
		FailureAnalysis analysis = analyze(this.runner.withPropertyValues("imagekit.private-key=" + privateKey,
				"imagekit.public-key=" + privateKey));
		assertThat(analysis.getDescription()).contains("'imagekit.public-key'").contains("A private key (private_...)");
		assertThat(analysis.getDescription() + analysis.getAction() + analysis.getCause()).doesNotContain(privateKey);
	}

	@Test
	void aBadUrlShowsTheValueAndTheDefault() {
		FailureAnalysis analysis = analyze(this.runner.withPropertyValues("imagekit.private-key=private_abc",
				"imagekit.api-base-url=http://api.example.com"));
		assertThat(analysis.getDescription()).contains("'imagekit.api-base-url' = 'http://api.example.com'")
			.contains("https");
		assertThat(analysis.getAction()).contains("https://api.imagekit.io").contains("loopback");
	}

	@Test
	void aMalformedWebhookSecretIsExplainedWithoutTheSecret() {
		String secret = "not-a-whsec-Sup3rS3cret";
		FailureAnalysis analysis = analyze(this.runner.withPropertyValues("imagekit.private-key=private_abc",
				"imagekit.webhook-secret=" + secret));
		assertThat(analysis.getDescription()).contains("'imagekit.webhook-secret'");
		assertThat(analysis.getAction()).contains("whsec_");
		assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(secret);
	}

	@Test
	void badRetryAndTimeoutValuesNameTheirProperty() {
		assertThat(analyze(this.runner.withPropertyValues("imagekit.private-key=private_abc",
				"imagekit.retry.max-attempts=0")).getDescription())
			.contains("property 'imagekit.retry.max-attempts'")
			.contains("at least 1");
		assertThat(analyze(this.runner.withPropertyValues("imagekit.private-key=private_abc",
				"imagekit.response-timeout=0s")).getDescription())
			.contains("property 'imagekit.response-timeout'")
			.contains("positive duration");
		assertThat(analyze(this.runner.withPropertyValues("imagekit.private-key=private_abc",
				"imagekit.retry.multiplier=0.5")).getDescription())
			.contains("property 'imagekit.retry.multiplier'");
	}

	@Test
	void otherFailuresAreLeftToBoot() {
		Environment[] environment = new Environment[1];
		this.runner.withPropertyValues("imagekit.private-key=private_abc", "other.value=${OTHER_TEST_UNSET_VARIABLE}")
			.withBean(String.class, () -> {
				throw new IllegalStateException("not ours");
			})
			.withInitializer((context) -> environment[0] = context.getEnvironment())
			.run((context) -> assertThat(new ImageKitFailureAnalyzer(environment[0])
				.analyze(context.getStartupFailure())).isNull());
	}

	private static FailureAnalysis analyze(ApplicationContextRunner runner) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		Environment[] environment = new Environment[1];
		runner.withInitializer((context) -> environment[0] = context.getEnvironment()).run((context) -> {
			assertThat(context).hasFailed();
			analysis[0] = new ImageKitFailureAnalyzer(environment[0]).analyze(context.getStartupFailure());
		});
		assertThat(analysis[0]).as("analysis").isNotNull();
		return analysis[0];
	}

	/**
	 * Real startups: what a user sees in the console. The emulator is on this module's classpath, as in an
	 * application that has it in the wrong scope.
	 */
	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	class RealStartup {

		@Test
		void aProductionLikeStartWithTheEmulatorOnTheClasspathFailsFastWithTheAnalysis(CapturedOutput output) {
			assertThatException().isThrownBy(() -> start());
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("Invalid ImageKit configuration, property 'imagekit.private-key'")
				.contains("imagekit.emulator.enabled=true")
				.doesNotContain("using the embedded ImageKit emulator");
		}

		@Test
		void anUnsetVariableIsReportedByName(CapturedOutput output) {
			assertThatException().isThrownBy(() -> start("--imagekit.private-key=${IMAGEKIT_TEST_UNSET_VARIABLE}"));
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("refers to '${IMAGEKIT_TEST_UNSET_VARIABLE}'")
				.contains("${IMAGEKIT_TEST_UNSET_VARIABLE:}");
		}

		@Test
		void aPublicKeyAsPrivateKeyIsReportedWithoutTheKey(CapturedOutput output) {
			assertThatException().isThrownBy(() -> start("--imagekit.private-key=" + SECRET));
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("A public key (public_...) was given")
				.doesNotContain(SECRET);
		}

		@Test
		void aBadUrlIsReportedWithTheProperty(CapturedOutput output) {
			assertThatException()
				.isThrownBy(() -> start("--imagekit.private-key=private_abc", "--imagekit.upload-base-url=ftp://x"));
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("property 'imagekit.upload-base-url' = 'ftp://x'")
				.doesNotContain("private_abc");
		}

		private static void start(String... args) {
			SpringApplication application = new SpringApplication(Application.class);
			application.setDefaultProperties(java.util.Map.of("spring.main.web-application-type", "none",
					"spring.main.banner-mode", "off"));
			application.run(args).close();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
