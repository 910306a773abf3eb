package io.github.imagekitspring.contract;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.contract.ImageKitSpec.SpecOperation;
import io.github.imagekitspring.ImageKitOperation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation through the public API against WireMock: the recorded request is validated against ImageKit's
 * official OpenAPI spec with a real validator, and the spec's own example answer must parse into our models. An
 * answer a case brings instead (where the spec has no example) is validated against the spec's response schema.
 */
class SpecContractTests {

	/** One provider per API group; coverage is checked against the spec and the table of operations. */
	static final List<ContractCases> GROUPS = List.of(new FileContractCases(), new FileBulkContractCases(),
			new FolderContractCases(), new MetadataContractCases(), new CustomMetadataFieldContractCases(),
			new CacheContractCases(), new UploadContractCases(), new AccountContractCases(),
			new SavedExtensionContractCases(), new NamedTransformationContractCases());

	/**
	 * Built from our own parse, seen as OpenAPI 3.0: the validator's loader rejects the spec's bare examples under
	 * components, and it checks no 3.1 type lists.
	 */
	private static final OpenApiInteractionValidator VALIDATOR = new OpenApiInteractionValidator.Builder()
		.withApi(OpenApi30View.of(ImageKitSpec.parse()))
		.build();

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static Stream<ContractCase> cases() {
		return GROUPS.stream().flatMap((group) -> group.cases().stream());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theRequestMatchesTheContractAndTheAnswerParses(ContractCase contractCase) {
		ImageKitOperations imageKit = ImageKitClient.builder()
			.privateKey("private_contract_key")
			.apiBaseUrl(server.baseUrl())
			.uploadBaseUrl(server.baseUrl())
			.build();
		SpecOperation specOperation = ImageKitSpec
			.find(contractCase.operation().method().name(), contractCase.operation().pathTemplate())
			.orElse(null);
		server.stubFor(any(anyUrl()).willReturn(answer(contractCase, specOperation)));

		StepVerifier.create(Flux.from(contractCase.call().apply(imageKit)))
			.thenConsumeWhile((item) -> true)
			.expectComplete()
			.verify(Duration.ofSeconds(10));

		assertThat(server.getAllServeEvents()).isNotEmpty();
		LoggedRequest recorded = server.getAllServeEvents().get(0).getRequest();
		assertThat(recorded.getMethod().getName()).isEqualTo(contractCase.operation().method().name());
		assertThat(rawPath(recorded)).as("path of %s", contractCase)
			.matches(contractCase.operation().pathTemplate().replaceAll("\\{[^}]+}", "[^/]+"));
		if (specOperation != null) {
			ValidationReport report = VALIDATOR.validateRequest(toValidatorRequest(recorded));
			assertThat(report.getMessages()).as("spec violations of %s", contractCase)
				.filteredOn((message) -> message.getLevel() == ValidationReport.Level.ERROR)
				.isEmpty();
			if (recorded.isMultipart()) {
				assertThat(MultipartBodyContract.validate(recorded, specOperation).getMessages())
					.as("multipart spec violations of %s", contractCase)
					.filteredOn((message) -> message.getLevel() == ValidationReport.Level.ERROR)
					.isEmpty();
			}
			// An answer written for the case must fit the spec's schema too. The spec's own examples are what ImageKit
			// documents and are taken as they are: UploadResponseWithEmbeddedMetadata has an 'orientation' field
			// its schema lacks.
			if (contractCase.responseBody() != null && !ImageKitSpec.isComponentExample(contractCase.responseBody())) {
				ValidationReport answerReport = VALIDATOR.validateResponse(rawPath(recorded),
						Request.Method.valueOf(recorded.getMethod().getName()),
						SimpleResponse.Builder.status(contractCase.responseStatus())
							.withContentType("application/json")
							.withBody(contractCase.responseBody())
							.build());
				assertThat(answerReport.getMessages()).as("spec violations of the answer of %s", contractCase)
					.filteredOn((message) -> message.getLevel() == ValidationReport.Level.ERROR)
					.isEmpty();
			}
		}
		else {
			assertThat(contractCase.requestCheck()).as("request check of %s", contractCase).isNotNull();
			contractCase.requestCheck().accept(recorded);
		}
	}

	@Test
	void everyOperationOfTheSpecHasAContractCase() {
		Set<String> covered = cases()
			.map((contractCase) -> contractCase.operation().method().name() + " "
					+ ImageKitSpec.normalize(contractCase.operation().pathTemplate()))
			.collect(Collectors.toSet());
		assertThat(ImageKitSpec.operations()).hasSize(47)
			.allSatisfy((operation) -> assertThat(covered).as("contract cases of %s", operation)
				.contains(operation.method() + " " + ImageKitSpec.normalize(operation.path())));
	}

	@Test
	void everyOperationOfTheTableHasAContractCase() {
		Set<ImageKitOperation> covered = cases().map(ContractCase::operation).collect(Collectors.toSet());
		assertThat(EnumSet.allOf(ImageKitOperation.class)).hasSize(53)
			.allSatisfy((operation) -> assertThat(covered).as("contract cases").contains(operation));
	}

	@Test
	void theOperationsTheSpecLacksAreExactlyTheCatalogsSix() {
		assertThat(EnumSet.allOf(ImageKitOperation.class)
			.stream()
			.filter((operation) -> ImageKitSpec.find(operation.method().name(), operation.pathTemplate()).isEmpty())
			.map(ImageKitOperation::id))
			.containsExactlyInAnyOrder("accounts.usageAnalytics", "namedTransformations.list",
					"namedTransformations.create", "namedTransformations.get", "namedTransformations.update",
					"namedTransformations.delete");
	}

	@Test
	void theValidatorRejectsRequestsThatBreakTheSpec() {
		Request badLimit = new SimpleRequest.Builder(Request.Method.GET, "/v1/files").withQueryParam("limit", "0")
			.withHeader("Authorization", "Basic eDo=")
			.build();
		Request badTags = new SimpleRequest.Builder(Request.Method.PATCH, "/v1/files/abc/details")
			.withHeader("Authorization", "Basic eDo=")
			.withContentType("application/json")
			.withBody("{\"tags\":\"not-a-list\"}")
			.build();
		Request badRemoveAITags = new SimpleRequest.Builder(Request.Method.PATCH, "/v1/files/abc/details")
			.withHeader("Authorization", "Basic eDo=")
			.withContentType("application/json")
			.withBody("{\"removeAITags\":\"some\"}")
			.build();
		Request s3WithoutBucket = jsonRequest(Request.Method.POST, "/v1/accounts/origins",
				"{\"type\":\"S3\",\"name\":\"A\",\"accessKey\":\"a\",\"secretKey\":\"s\"}");
		Request webProxyWithBucket = jsonRequest(Request.Method.POST, "/v1/accounts/origins",
				"{\"type\":\"WEB_PROXY\",\"name\":\"A\",\"bucket\":\"b\"}");
		Request elevenOrigins = jsonRequest(Request.Method.PUT, "/v1/accounts/url-endpoints/e1",
				"{\"description\":\"d\",\"origins\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\","
						+ "\"10\",\"11\"]}");
		Request unknownRewriter = jsonRequest(Request.Method.POST, "/v1/accounts/url-endpoints",
				"{\"description\":\"d\",\"urlRewriter\":{\"type\":\"FASTLY\"}}");
		Request referenceAsConfig = jsonRequest(Request.Method.POST, "/v1/saved-extensions",
				"{\"name\":\"n\",\"description\":\"d\",\"config\":{\"name\":\"saved-extension\",\"id\":\"x\"}}");
		assertThat(List.of(badLimit, badTags, badRemoveAITags, s3WithoutBucket, webProxyWithBucket, elevenOrigins,
				unknownRewriter, referenceAsConfig))
			.allSatisfy((request) -> assertThat(VALIDATOR.validateRequest(request).hasErrors()).as("%s", request.getPath()).isTrue());
	}

	private static Request jsonRequest(Request.Method method, String path, String body) {
		return new SimpleRequest.Builder(method, path).withHeader("Authorization", "Basic eDo=")
			.withContentType("application/json")
			.withBody(body)
			.build();
	}

	static ResponseDefinitionBuilder answer(ContractCase contractCase, SpecOperation specOperation) {
		int status = (contractCase.responseStatus() != null) ? contractCase.responseStatus()
				: specOperation.successStatus();
		String body = (contractCase.responseStatus() != null) ? contractCase.responseBody()
				: specOperation.successExample();
		ResponseDefinitionBuilder answer = aResponse().withStatus(status).withHeader("x-ik-requestId", "contract-1");
		return (body != null) ? answer.withHeader("Content-Type", "application/json").withBody(body) : answer;
	}

	static String rawPath(LoggedRequest recorded) {
		return URI.create(recorded.getUrl()).getRawPath();
	}

	private static Request toValidatorRequest(LoggedRequest recorded) {
		SimpleRequest.Builder request = new SimpleRequest.Builder(
				Request.Method.valueOf(recorded.getMethod().getName()), rawPath(recorded));
		recorded.getQueryParams().forEach((name, parameter) -> request.withQueryParam(name, parameter.values()));
		recorded.getHeaders().all().forEach((header) -> request.withHeader(header.key(), header.values()));
		String body = recorded.getBodyAsString();
		if (body != null && !body.isEmpty()) {
			request.withBody(body);
		}
		return request.build();
	}

}
