package io.github.imagekitspring.folders;

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
import io.github.imagekitspring.errors.ConflictException;
import io.github.imagekitspring.errors.LockedException;
import io.github.imagekitspring.errors.NotFoundException;
import io.github.imagekitspring.errors.WaitTimeoutException;
import io.github.imagekitspring.testsupport.ImageKitTestClient;
import io.github.imagekitspring.testsupport.SteppedScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

class FolderOperationsTests {

	private static final String JOB_PATH = "/v1/bulkJobs/job-1";

	private static final String PENDING = "{\"jobId\":\"job-1\",\"type\":\"COPY_FOLDER\",\"status\":\"Pending\"}";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitTestClient.against(server);

	private final SteppedScheduler scheduler = new SteppedScheduler();

	@AfterEach
	void disposeScheduler() {
		this.scheduler.dispose();
	}

	@Test
	void createSendsNameAndParentAndAccepts201WithAnEmptyObject() {
		server.stubFor(post("/v1/folder").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{}")));

		StepVerifier.create(this.imageKit.folders().withResponse().create(new CreateFolderRequest("summer", "/product/")))
			.assertNext((response) -> assertThat(response.statusCode()).isEqualTo(201))
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/folder")).withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"folderName\":\"summer\",\"parentFolderPath\":\"/product/\"}")));
	}

	@Test
	void deleteSendsItsJsonBodyWithTheDelete() {
		server.stubFor(delete("/v1/folder").willReturn(aResponse().withStatus(204)));

		StepVerifier.create(this.imageKit.folders().delete("/folder/to/delete/")).verifyComplete();

		server.verify(deleteRequestedFor(urlEqualTo("/v1/folder")).withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"folderPath\":\"/folder/to/delete/\"}")));
	}

	@Test
	void deleteOfAMissingFolderIsANotFoundWithItsReason() {
		server.stubFor(delete("/v1/folder").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"reason\":\"FOLDER_NOT_FOUND\",\"message\":\"No folder found with folderPath `/nope/`.\"}")));

		StepVerifier.create(this.imageKit.folders().delete("/nope/"))
			.expectErrorSatisfies((ex) -> assertThat(((NotFoundException) ex).reason()).isEqualTo("FOLDER_NOT_FOUND"))
			.verify();
	}

	@Test
	void copyMoveAndRenameSendTheirBodiesAndAnswerAJob() {
		server.stubFor(post("/v1/bulkJobs/copyFolder").willReturn(okJson("{\"jobId\":\"copy-1\"}")));
		server.stubFor(post("/v1/bulkJobs/moveFolder").willReturn(okJson("{\"jobId\":\"move-1\"}")));
		server.stubFor(post("/v1/bulkJobs/renameFolder").willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"jobId\":\"rename-1\"}")));

		StepVerifier.create(this.imageKit.folders().copy(CopyFolderRequest.of("/a", "/b").withVersions(true)))
			.expectNext(new BulkJobStarted("copy-1"))
			.verifyComplete();
		StepVerifier.create(this.imageKit.folders().move(new MoveFolderRequest("/a", "/c")))
			.expectNext(new BulkJobStarted("move-1"))
			.verifyComplete();
		StepVerifier.create(this.imageKit.folders().withResponse().rename(RenameFolderRequest.of("/a", "new-name")))
			.assertNext((response) -> {
				assertThat(response.statusCode()).isEqualTo(202);
				assertThat(response.requiredBody().jobId()).isEqualTo("rename-1");
			})
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/bulkJobs/copyFolder")).withRequestBody(
				equalToJson("{\"sourceFolderPath\":\"/a\",\"destinationPath\":\"/b\",\"includeVersions\":true}")));
		server.verify(postRequestedFor(urlEqualTo("/v1/bulkJobs/moveFolder"))
			.withRequestBody(equalToJson("{\"sourceFolderPath\":\"/a\",\"destinationPath\":\"/c\"}")));
		server.verify(postRequestedFor(urlEqualTo("/v1/bulkJobs/renameFolder"))
			.withRequestBody(equalToJson("{\"folderPath\":\"/a\",\"newFolderName\":\"new-name\"}")));
	}

	@Test
	void renameWithPurgeSendsTheFlag() {
		server.stubFor(post("/v1/bulkJobs/renameFolder").willReturn(okJson("{\"jobId\":\"rename-1\"}").withStatus(202)));

		StepVerifier.create(this.imageKit.folders().rename(RenameFolderRequest.of("/a", "b").withPurgeCache(true)))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/bulkJobs/renameFolder"))
			.withRequestBody(equalToJson("{\"folderPath\":\"/a\",\"newFolderName\":\"b\",\"purgeCache\":true}")));
	}

	@Test
	void aFolderLockedByAnotherJobIsALockedException() {
		server.stubFor(post("/v1/bulkJobs/moveFolder").willReturn(aResponse().withStatus(423)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"A bulk job is running on given folder path, please try after sometime.\"}")));

		StepVerifier.create(this.imageKit.folders().move(new MoveFolderRequest("/a", "/c")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(LockedException.class)
				.hasMessageContaining("folders.move")
				.hasMessageContaining("A bulk job is running"))
			.verify();
	}

	@Test
	void aRenameToATakenNameIsAConflictAndAMissingSourceANotFound() {
		server.stubFor(post("/v1/bulkJobs/renameFolder").willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Folder with name newFolderName already exists at the same location.\"}")));
		server.stubFor(post("/v1/bulkJobs/copyFolder").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"reason\":\"NO_FILES_FOLDER\",\"message\":\"No files & folder found\"}")));

		StepVerifier.create(this.imageKit.folders().rename(RenameFolderRequest.of("/a", "taken")))
			.expectError(ConflictException.class)
			.verify();
		StepVerifier.create(this.imageKit.folders().copy(CopyFolderRequest.of("/nope", "/b")))
			.expectErrorSatisfies((ex) -> assertThat(((NotFoundException) ex).reason()).isEqualTo("NO_FILES_FOLDER"))
			.verify();
	}

	@Test
	void jobReadsEveryStatus() {
		server.stubFor(get("/v1/bulkJobs/done").willReturn(okJson(
				"{\"jobId\":\"done\",\"type\":\"RENAME_FOLDER\",\"status\":\"Completed\",\"purgeRequestId\":\"p1\"}")));
		server.stubFor(get("/v1/bulkJobs/partial").willReturn(aResponse().withStatus(207)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"jobId\":\"partial\",\"type\":\"RENAME_FOLDER\",\"status\":\"Partial success\",\"message\":"
					+ "\"Folder renamed successfully but purging cache on nested files failed.\",\"help\":\"h\"}")));
		server.stubFor(get("/v1/bulkJobs/future").willReturn(
				okJson("{\"jobId\":\"future\",\"type\":\"ARCHIVE_FOLDER\",\"status\":\"Queued\"}")));

		StepVerifier.create(this.imageKit.folders().job("done"))
			.expectNext(new BulkJob("done", BulkJobType.RENAME_FOLDER, BulkJobStatus.COMPLETED, "p1", null, null))
			.verifyComplete();
		StepVerifier.create(this.imageKit.folders().job("partial")).assertNext((job) -> {
			assertThat(job.status()).isEqualTo(BulkJobStatus.PARTIAL_SUCCESS);
			assertThat(job.isFinished()).isTrue();
			assertThat(job.message()).startsWith("Folder renamed successfully");
		}).verifyComplete();
		StepVerifier.create(this.imageKit.folders().job("future")).assertNext((job) -> {
			assertThat(job.type()).isEqualTo(BulkJobType.UNKNOWN);
			assertThat(job.status()).isEqualTo(BulkJobStatus.UNKNOWN);
			assertThat(job.isFinished()).isFalse();
		}).verifyComplete();
	}

	@Test
	void awaitJobPollsWithGrowingWaitsUntilCompleted() throws Exception {
		server.stubFor(get(JOB_PATH).inScenario("job").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(PENDING)).willSetStateTo("second"));
		server.stubFor(get(JOB_PATH).inScenario("job").whenScenarioStateIs("second")
			.willReturn(okJson(PENDING)).willSetStateTo("third"));
		server.stubFor(get(JOB_PATH).inScenario("job").whenScenarioStateIs("third")
			.willReturn(okJson("{\"jobId\":\"job-1\",\"type\":\"COPY_FOLDER\",\"status\":\"Completed\"}")));

		CompletableFuture<BulkJob> result = this.imageKit.folders()
			.awaitJob("job-1", Duration.ofMinutes(1), this.scheduler)
			.toFuture();

		this.scheduler.awaitTimers(2);
		assertThat(server.findAll(getRequestedFor(urlEqualTo(JOB_PATH)))).hasSize(1);
		this.scheduler.advance(Duration.ofMillis(999));
		assertThat(server.findAll(getRequestedFor(urlEqualTo(JOB_PATH)))).hasSize(1);
		this.scheduler.advance(Duration.ofMillis(1));
		this.scheduler.awaitTimers(1);
		assertThat(server.findAll(getRequestedFor(urlEqualTo(JOB_PATH)))).hasSize(2);
		this.scheduler.advance(Duration.ofSeconds(2));

		assertThat(result.get(5, TimeUnit.SECONDS).status()).isEqualTo(BulkJobStatus.COMPLETED);
		assertThat(server.findAll(getRequestedFor(urlEqualTo(JOB_PATH)))).hasSize(3);
	}

	@Test
	void awaitJobStopsAtAPartialSuccess() throws Exception {
		server.stubFor(get(JOB_PATH).willReturn(aResponse().withStatus(207)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"jobId\":\"job-1\",\"type\":\"RENAME_FOLDER\",\"status\":\"Partial success\","
					+ "\"message\":\"purge failed\"}")));

		BulkJob job = this.imageKit.folders()
			.awaitJob("job-1", Duration.ofMinutes(1), this.scheduler)
			.toFuture()
			.get(5, TimeUnit.SECONDS);

		assertThat(job.status()).isEqualTo(BulkJobStatus.PARTIAL_SUCCESS);
		assertThat(job.message()).isEqualTo("purge failed");
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void awaitJobGivesUpAfterTheTimeoutNamingTheJob() {
		server.stubFor(get(JOB_PATH).willReturn(okJson(PENDING)));

		CompletableFuture<BulkJob> result = this.imageKit.folders()
			.awaitJob("job-1", Duration.ofSeconds(10), this.scheduler)
			.toFuture();
		this.scheduler.awaitTimers(2);
		this.scheduler.advance(Duration.ofSeconds(10));

		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> result.get(5, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOfSatisfying(WaitTimeoutException.class, (ex) -> {
				assertThat(ex.id()).isEqualTo("job-1");
				assertThat(ex.timeout()).isEqualTo(Duration.ofSeconds(10));
				assertThat(ex).hasMessage("ImageKit bulk job job-1 did not finish within PT10S");
				assertThat(ex.operation()).isEqualTo("folders.job.get");
				// The polls sent; the one in flight when the deadline passed may or may not have reached the server.
				int served = server.getAllServeEvents().size();
				assertThat(ex.attempts()).isPositive().isBetween(served - 1, served + 1);
				assertThat(ex.statusCode()).isZero();
			});
	}

	@Test
	void awaitJobPassesOnAServiceError() {
		server.stubFor(get(JOB_PATH).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The requested job does not exist.\"}")));

		StepVerifier.create(this.imageKit.folders().awaitJob("job-1", Duration.ofMinutes(1), this.scheduler))
			.expectError(NotFoundException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void badArgumentsFailBeforeAnythingIsSent() {
		FolderOperations folders = this.imageKit.folders();
		assertThatIllegalArgumentException().isThrownBy(() -> new CreateFolderRequest(" ", "/"))
			.withMessageContaining("folderName");
		assertThatIllegalArgumentException().isThrownBy(() -> new CreateFolderRequest("a/b", "/"))
			.withMessageContaining("folderName must be a name");
		assertThatIllegalArgumentException().isThrownBy(() -> new CreateFolderRequest("a", null))
			.withMessageContaining("parentFolderPath");
		assertThatIllegalArgumentException().isThrownBy(() -> folders.create(null)).withMessageContaining("request");
		assertThatIllegalArgumentException().isThrownBy(() -> folders.delete(""))
			.withMessageContaining("folderPath");
		assertThatIllegalArgumentException().isThrownBy(() -> CopyFolderRequest.of("/a", null))
			.withMessageContaining("destinationPath");
		assertThatIllegalArgumentException().isThrownBy(() -> new MoveFolderRequest(" ", "/b"))
			.withMessageContaining("sourceFolderPath");
		assertThatIllegalArgumentException().isThrownBy(() -> RenameFolderRequest.of("/", "x"))
			.withMessageContaining("folderPath must not be the root folder");
		assertThatIllegalArgumentException().isThrownBy(() -> RenameFolderRequest.of("/a", "x/y"))
			.withMessageContaining("newFolderName");
		assertThatIllegalArgumentException().isThrownBy(() -> folders.job(" ")).withMessageContaining("jobId");
		assertThatIllegalArgumentException().isThrownBy(() -> folders.awaitJob("", Duration.ofSeconds(1)))
			.withMessageContaining("jobId");
		assertThatIllegalArgumentException().isThrownBy(() -> folders.awaitJob("j", Duration.ZERO))
			.withMessageContaining("timeout");
		assertThatIllegalArgumentException().isThrownBy(() -> folders.awaitJob("j", Duration.ofSeconds(1), null))
			.withMessageContaining("scheduler");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

}
