package io.github.imagekitspring.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.WaitTimeoutException;
import io.github.imagekitspring.testsupport.ImageKitTestClient;
import io.github.imagekitspring.testsupport.SteppedScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CacheOperationsTests {

	private static final String STATUS_PATH = "/v1/files/purge/req-1";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitTestClient.against(server);

	private final SteppedScheduler scheduler = new SteppedScheduler();

	@AfterEach
	void disposeScheduler() {
		this.scheduler.dispose();
	}

	@Test
	void purgeSendsTheUrlAndReadsTheRequestId() {
		server.stubFor(post("/v1/files/purge").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"requestId\":\"req-1\"}")));

		StepVerifier.create(this.imageKit.cache().withResponse().purge("https://ik.imagekit.io/demo/img.jpg*"))
			.assertNext((response) -> {
				assertThat(response.statusCode()).isEqualTo(201);
				assertThat(response.requiredBody()).isEqualTo(new PurgeRequest("req-1"));
			})
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/files/purge"))
			.withRequestBody(equalToJson("{\"url\":\"https://ik.imagekit.io/demo/img.jpg*\"}")));
	}

	@Test
	void anInvalidPurgeIsABadRequest() {
		server.stubFor(post("/v1/files/purge").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The URL is not valid for cache purging.\"}")));

		StepVerifier.create(this.imageKit.cache().purge("https://example.com/a.jpg"))
			.expectError(BadRequestException.class)
			.verify();
	}

	@Test
	void purgeStatusReadsKnownAndUnknownStates() {
		server.stubFor(get("/v1/files/purge/a").willReturn(okJson("{\"status\":\"Pending\"}")));
		server.stubFor(get("/v1/files/purge/b").willReturn(okJson("{\"status\":\"Completed\"}")));
		server.stubFor(get("/v1/files/purge/c").willReturn(okJson("{\"status\":\"Failed\"}")));

		StepVerifier.create(this.imageKit.cache().purgeStatus("a"))
			.expectNext(new PurgeStatus(PurgeState.PENDING))
			.verifyComplete();
		StepVerifier.create(this.imageKit.cache().purgeStatus("b"))
			.assertNext((status) -> assertThat(status.isCompleted()).isTrue())
			.verifyComplete();
		StepVerifier.create(this.imageKit.cache().purgeStatus("c"))
			.expectNext(new PurgeStatus(PurgeState.UNKNOWN))
			.verifyComplete();
	}

	@Test
	void awaitPurgePollsUntilCompleted() throws Exception {
		server.stubFor(get(STATUS_PATH).inScenario("purge").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"status\":\"Pending\"}")).willSetStateTo("second"));
		server.stubFor(get(STATUS_PATH).inScenario("purge").whenScenarioStateIs("second")
			.willReturn(okJson("{\"status\":\"Pending\"}")).willSetStateTo("third"));
		server.stubFor(get(STATUS_PATH).inScenario("purge").whenScenarioStateIs("third")
			.willReturn(okJson("{\"status\":\"Completed\"}")));

		CompletableFuture<PurgeStatus> result = this.imageKit.cache()
			.awaitPurge("req-1", Duration.ofMinutes(5), this.scheduler)
			.toFuture();
		this.scheduler.awaitTimers(2);
		this.scheduler.advance(Duration.ofSeconds(1));
		this.scheduler.awaitTimers(1);
		this.scheduler.advance(Duration.ofSeconds(2));

		assertThat(result.get(5, TimeUnit.SECONDS).status()).isEqualTo(PurgeState.COMPLETED);
		assertThat(server.findAll(getRequestedFor(urlEqualTo(STATUS_PATH)))).hasSize(3);
	}

	@Test
	void awaitPurgeGivesUpAfterTheTimeoutNamingTheRequest() {
		server.stubFor(get(STATUS_PATH).willReturn(okJson("{\"status\":\"Pending\"}")));

		CompletableFuture<PurgeStatus> result = this.imageKit.cache()
			.awaitPurge("req-1", Duration.ofSeconds(30), this.scheduler)
			.toFuture();
		this.scheduler.awaitTimers(2);
		this.scheduler.advance(Duration.ofSeconds(30));

		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> result.get(5, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOf(WaitTimeoutException.class)
			.withMessage("ImageKit purge request req-1 did not finish within PT30S");
	}

	@Test
	void badArgumentsFailBeforeAnythingIsSent() {
		CacheOperations cache = this.imageKit.cache();
		assertThatIllegalArgumentException().isThrownBy(() -> cache.purge("ik.imagekit.io/demo/a.jpg"))
			.withMessageContaining("url must be an absolute http(s) URL");
		assertThatIllegalArgumentException().isThrownBy(() -> cache.purge(" ")).withMessageContaining("url");
		assertThatIllegalArgumentException().isThrownBy(() -> cache.purgeStatus(null))
			.withMessageContaining("requestId");
		assertThatIllegalArgumentException().isThrownBy(() -> cache.awaitPurge("r", Duration.ofSeconds(-1)))
			.withMessageContaining("timeout");
		assertThatIllegalArgumentException().isThrownBy(() -> cache.awaitPurge("", Duration.ofSeconds(1)))
			.withMessageContaining("requestId");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

}
