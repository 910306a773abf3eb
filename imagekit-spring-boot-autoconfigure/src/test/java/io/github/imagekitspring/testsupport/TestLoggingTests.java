package io.github.imagekitspring.testsupport;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testcontainers asks for slf4j-api 1.7, which cannot find Logback 1.5 and would silence its logs (the reason a
 * container did not start included). The build must resolve slf4j 2, bound to Logback.
 */
class TestLoggingTests {

	@Test
	void testcontainersLogsThroughSlf4j2AndLogback() {
		assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
		assertThat(LoggerFactory.getLogger(DockerClientFactory.class)).isInstanceOf(Logger.class);
	}

}
