package io.github.imagekitspring.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that needs a Docker engine. Where none is reachable:
 * <ul>
 * <li>with {@code CI=true} in the environment, the test fails, so a broken set-up cannot pass as skipped;</li>
 * <li>otherwise (a laptop without Docker) it is skipped, with the reason in the test report.</li>
 * </ul>
 * Use it with a plain {@code @Testcontainers} (not {@code disabledWithoutDocker}, which would skip in CI too). The
 * images come from {@code scripts/build-test-images.sh}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DockerCondition.class)
public @interface RequiresDocker {

}
