package io.github.imagekitspring.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.context.ApplicationContextInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SpringBootVersionCheckTests {

	@Test
	void springBoot3StopsTheApplicationWithWhatToChange() {
		assertThatIllegalStateException().isThrownBy(() -> SpringBootVersionCheck.check("3.5.6"))
			.withMessageContaining("needs Spring Boot 4.0 or later")
			.withMessageContaining("runs on Spring Boot 3.5.6");
		assertThatIllegalStateException().isThrownBy(() -> SpringBootVersionCheck.check("2.7.18"));
	}

	@Test
	void springBoot4AndLaterAndUnknownVersionsPass() {
		assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check("4.0.7"));
		assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check("4.1.2"));
		assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check("5.0.0-M1"));
		assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check(null));
		assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check("snapshot"));
	}

	@Test
	void registeredForEveryApplicationAndPassesOnThisBoot() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(ApplicationContextInitializer.class)).hasAtLeastOneElementOfType(SpringBootVersionCheck.class);
		SpringApplication application = new SpringApplication(Empty.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run("--imagekit.private-key=private_test")) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
