package io.github.imagekitspring.contract;

import java.time.Duration;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Every operation, through its public method, called from a non-blocking thread as a WebFlux handler calls it
 * (building the request included) and answered as the spec says: BlockHound, installed for the whole suite, fails
 * any of them that blocks there.
 */
class NonBlockingContractTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey("private_contract_key")
		.apiBaseUrl(server.baseUrl())
		.uploadBaseUrl(server.baseUrl())
		.responseTimeout(Duration.ofSeconds(30))
		.build();

	static Stream<ContractCase> cases() {
		return SpecContractTests.cases();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void everyOperationRunsOnANonBlockingThread(ContractCase contractCase) {
		server.resetAll();
		server.stubFor(any(anyUrl()).willReturn(SpecContractTests.answer(contractCase, ImageKitSpec
			.find(contractCase.operation().method().name(), contractCase.operation().pathTemplate())
			.orElse(null))));

		StepVerifier
			.create(Flux.defer(() -> contractCase.call().apply(this.imageKit)).subscribeOn(Schedulers.parallel()))
			.thenConsumeWhile((item) -> true)
			.expectComplete()
			.verify(Duration.ofSeconds(30));
	}

}
