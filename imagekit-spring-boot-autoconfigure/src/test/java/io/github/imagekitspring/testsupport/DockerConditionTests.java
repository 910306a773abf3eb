package io.github.imagekitspring.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** {@link RequiresDocker}: run with an engine; without one, fail in CI and skip with the reason elsewhere. */
class DockerConditionTests {

	@Test
	void runsWhenAnEngineIsReachable() {
		assertThat(DockerCondition.evaluate(true, true, null).isDisabled()).isFalse();
		assertThat(DockerCondition.evaluate(false, true, null).isDisabled()).isFalse();
	}

	@Test
	void failsInCiWithoutAnEngine() {
		assertThatIllegalStateException().isThrownBy(() -> DockerCondition.evaluate(true, false, "unix:///tmp/x.sock"))
			.withMessageContaining("CI=true")
			.withMessageContaining("DOCKER_HOST=unix:///tmp/x.sock");
	}

	@Test
	void skipsWithTheReasonOutsideCi() {
		ConditionEvaluationResult result = DockerCondition.evaluate(false, false, null);
		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason()).hasValueSatisfying((reason) -> assertThat(reason)
			.contains("no Docker engine is reachable")
			.contains("scripts/build-test-images.sh"));
	}

}
