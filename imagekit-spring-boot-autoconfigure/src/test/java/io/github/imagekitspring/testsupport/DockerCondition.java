package io.github.imagekitspring.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** The condition behind {@link RequiresDocker}. */
final class DockerCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return evaluate("true".equalsIgnoreCase(System.getenv("CI")), DockerClientFactory.instance().isDockerAvailable(),
				System.getenv("DOCKER_HOST"));
	}

	static ConditionEvaluationResult evaluate(boolean ci, boolean dockerAvailable, String dockerHost) {
		if (dockerAvailable) {
			return ConditionEvaluationResult.enabled("A Docker engine is reachable");
		}
		String where = (dockerHost != null) ? "at DOCKER_HOST=" + dockerHost : "(DOCKER_HOST unset, default socket)";
		if (ci) {
			throw new IllegalStateException("CI=true but no Docker engine is reachable " + where
					+ ": tests that need Docker must run in CI, never skip; .ci/run starts an engine");
		}
		return ConditionEvaluationResult.disabled("Needs Docker, and no Docker engine is reachable " + where
				+ "; outside CI the test is skipped (start an engine and run scripts/build-test-images.sh to run it)");
	}

}
