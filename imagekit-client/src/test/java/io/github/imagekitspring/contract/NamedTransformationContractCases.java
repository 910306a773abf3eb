package io.github.imagekitspring.contract;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import io.github.imagekitspring.internal.http.ImageKitJson;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.namedtransformations.CreateNamedTransformationRequest;
import io.github.imagekitspring.namedtransformations.UpdateNamedTransformationRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The named-transformation group, absent from the spec: each request is checked by hand: method, path, no query,
 * and the JSON body's fields.
 */
class NamedTransformationContractCases implements ContractCases {

	private static final String NAMED_TRANSFORMATION = """
			{"id":"6bZ9x2ZUx","name":"small_thumbnail","transformation":"w-150,h-150,fo-center,cm-resize",
			 "enabled":true,"createdAt":"2026-01-01T10:00:00Z"}
			""";

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	@Override
	public List<ContractCase> cases() {
		return List.of(
				ContractCase.outsideSpec("list", ImageKitOperation.NAMED_TRANSFORMATIONS_LIST,
						(imageKit) -> imageKit.namedTransformations().list(), 200, "[" + NAMED_TRANSFORMATION + "]",
						(recorded) -> assertRequest(recorded, "GET", "/v1/named-transformations", null)),
				ContractCase.outsideSpec("create", ImageKitOperation.NAMED_TRANSFORMATIONS_CREATE,
						(imageKit) -> imageKit.namedTransformations()
							.create(new CreateNamedTransformationRequest("small_thumbnail",
									"w-150,h-150,fo-center,cm-resize", true)),
						201, NAMED_TRANSFORMATION,
						(recorded) -> assertRequest(recorded, "POST", "/v1/named-transformations",
								Map.of("name", "small_thumbnail", "transformation", "w-150,h-150,fo-center,cm-resize",
										"enabled", true))),
				ContractCase.outsideSpec("get", ImageKitOperation.NAMED_TRANSFORMATIONS_GET,
						(imageKit) -> imageKit.namedTransformations().get("6bZ9x2ZUx"), 200, NAMED_TRANSFORMATION,
						(recorded) -> assertRequest(recorded, "GET", "/v1/named-transformations/6bZ9x2ZUx", null)),
				ContractCase.outsideSpec("update", ImageKitOperation.NAMED_TRANSFORMATIONS_UPDATE,
						(imageKit) -> imageKit.namedTransformations()
							.update("6bZ9x2ZUx",
									UpdateNamedTransformationRequest.builder()
										.transformation("w-200,h-200,fo-center,cm-resize")
										.enabled(false)
										.build()),
						200, NAMED_TRANSFORMATION,
						(recorded) -> assertRequest(recorded, "PATCH", "/v1/named-transformations/6bZ9x2ZUx",
								Map.of("transformation", "w-200,h-200,fo-center,cm-resize", "enabled", false))),
				ContractCase.outsideSpec("delete", ImageKitOperation.NAMED_TRANSFORMATIONS_DELETE,
						(imageKit) -> imageKit.namedTransformations().delete("6bZ9x2ZUx"), 200, "{}",
						(recorded) -> assertRequest(recorded, "DELETE", "/v1/named-transformations/6bZ9x2ZUx", null)));
	}

	private static void assertRequest(LoggedRequest recorded, String method, String path,
			@Nullable Map<String, Object> jsonBody) {
		assertThat(recorded.getMethod().getName()).isEqualTo(method);
		assertThat(SpecContractTests.rawPath(recorded)).isEqualTo(path);
		assertThat(recorded.getQueryParams()).isEmpty();
		if (jsonBody == null) {
			assertThat(recorded.getBodyAsString()).isEmpty();
			return;
		}
		assertThat(recorded.getHeader("Content-Type")).startsWith("application/json");
		assertThat(ImageKitJson.mapper().readValue(recorded.getBodyAsString(), JSON_OBJECT)).isEqualTo(jsonBody);
	}

}
