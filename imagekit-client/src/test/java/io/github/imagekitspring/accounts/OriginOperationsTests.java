package io.github.imagekitspring.accounts;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.NotFoundException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.created;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OriginOperationsTests {

	private static final String S3_JSON = """
			{"id":"o1","type":"S3","name":"Main bucket","bucket":"products","prefix":"raw","useIAMRole":false,
			 "includeCanonicalHeader":true,"baseUrlForCanonicalHeader":"https://cdn.example.com"}
			""";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitClient.builder()
		.privateKey("private_test_key_123")
		.apiBaseUrl(server.baseUrl())
		.uploadBaseUrl(server.baseUrl())
		.responseTimeout(Duration.ofSeconds(2))
		.build();

	@Test
	void listReadsEveryOriginTypeAndKeepsUnknownOnes() {
		server.stubFor(get("/v1/accounts/origins").willReturn(okJson("[" + S3_JSON + ","
				+ "{\"id\":\"o2\",\"type\":\"S3_COMPATIBLE\",\"name\":\"Wasabi\",\"bucket\":\"b\",\"prefix\":\"\","
				+ "\"endpoint\":\"https://s3.wasabisys.com\",\"s3ForcePathStyle\":true,\"includeCanonicalHeader\":false},"
				+ "{\"id\":\"o3\",\"type\":\"CLOUDINARY_BACKUP\",\"name\":\"Backup\",\"bucket\":\"c\",\"prefix\":\"p\","
				+ "\"useIAMRole\":true,\"includeCanonicalHeader\":false},"
				+ "{\"id\":\"o4\",\"type\":\"WEB_FOLDER\",\"name\":\"Site\",\"baseUrl\":\"https://example.com/img\","
				+ "\"forwardHostHeaderToOrigin\":true,\"includeCanonicalHeader\":false},"
				+ "{\"id\":\"o5\",\"type\":\"WEB_PROXY\",\"name\":\"Proxy\",\"includeCanonicalHeader\":false},"
				+ "{\"id\":\"o6\",\"type\":\"GCS\",\"name\":\"Google\",\"bucket\":\"g\",\"prefix\":\"\","
				+ "\"clientEmail\":\"sa@project.iam.gserviceaccount.com\",\"includeCanonicalHeader\":false},"
				+ "{\"id\":\"o7\",\"type\":\"AZURE_BLOB\",\"name\":\"Azure\",\"container\":\"images\",\"prefix\":\"\","
				+ "\"accountName\":\"acct\",\"includeCanonicalHeader\":false},"
				+ "{\"id\":\"o8\",\"type\":\"AKENEO_PIM\",\"name\":\"Akeneo\",\"baseUrl\":\"https://pim.example.com\","
				+ "\"includeCanonicalHeader\":false},"
				+ "{\"id\":\"o9\",\"type\":\"DROPBOX\",\"name\":\"Future\",\"folder\":\"/x\"}]")));

		StepVerifier.create(this.imageKit.accounts().origins().list()).assertNext((origins) -> {
			assertThat(origins).extracting(Origin::type)
				.containsExactly("S3", "S3_COMPATIBLE", "CLOUDINARY_BACKUP", "WEB_FOLDER", "WEB_PROXY", "GCS",
						"AZURE_BLOB", "AKENEO_PIM", "DROPBOX");
			assertThat(origins).extracting(Origin::id)
				.containsExactly("o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9");
			assertThat(origins.get(0)).isEqualTo(new Origin.S3("o1", "Main bucket", "products", "raw", false, true,
					"https://cdn.example.com"));
			assertThat(origins.get(1)).isEqualTo(new Origin.S3Compatible("o2", "Wasabi", "b", "", "https://s3.wasabisys.com",
					true, false, null));
			assertThat(origins.get(2)).isInstanceOfSatisfying(Origin.CloudinaryBackup.class,
					(origin) -> assertThat(origin.useIamRole()).isTrue());
			assertThat(origins.get(3)).isEqualTo(new Origin.WebFolder("o4", "Site", "https://example.com/img", true, false,
					null));
			assertThat(origins.get(4)).isEqualTo(new Origin.WebProxy("o5", "Proxy", false, null));
			assertThat(origins.get(5)).isInstanceOfSatisfying(Origin.Gcs.class,
					(origin) -> assertThat(origin.clientEmail()).isEqualTo("sa@project.iam.gserviceaccount.com"));
			assertThat(origins.get(6)).isEqualTo(new Origin.AzureBlob("o7", "Azure", "images", "", "acct", false, null));
			assertThat(origins.get(7)).isEqualTo(new Origin.AkeneoPim("o8", "Akeneo", "https://pim.example.com", false,
					null));
			assertThat(origins.get(8)).isInstanceOfSatisfying(UnknownOrigin.class, (origin) -> {
				assertThat(origin.name()).isEqualTo("Future");
				assertThat(origin.fields()).containsEntry("folder", "/x").containsEntry("type", "DROPBOX");
			});
		}).verifyComplete();
	}

	static Stream<Arguments> everyOriginRequest() {
		URI cdn = URI.create("https://cdn.example.com");
		return Stream.of(
				Arguments.of(new OriginRequest.S3("Main bucket", "products", "raw", "AKIA1", "s3cr3t", false, true, cdn),
						"""
						{"type":"S3","name":"Main bucket","bucket":"products","prefix":"raw","accessKey":"AKIA1",
						 "secretKey":"s3cr3t","useIAMRole":false,"includeCanonicalHeader":true,
						 "baseUrlForCanonicalHeader":"https://cdn.example.com"}
						"""),
				Arguments.of(OriginRequest.s3WithIamRole("Role bucket", "products"), """
						{"type":"S3","name":"Role bucket","bucket":"products","accessKey":"","secretKey":"",
						 "useIAMRole":true}
						"""),
				Arguments.of(new OriginRequest.S3Compatible("Wasabi", "b", null, URI.create("https://s3.wasabisys.com"),
						"AK", "SK", true, null, null), """
						{"type":"S3_COMPATIBLE","name":"Wasabi","bucket":"b","endpoint":"https://s3.wasabisys.com",
						 "accessKey":"AK","secretKey":"SK","s3ForcePathStyle":true}
						"""),
				Arguments.of(OriginRequest.cloudinaryBackup("Backup", "c", "AK", "SK"), """
						{"type":"CLOUDINARY_BACKUP","name":"Backup","bucket":"c","accessKey":"AK","secretKey":"SK"}
						"""),
				Arguments.of(new OriginRequest.WebFolder("Site", URI.create("https://example.com/img"), true, null, null),
						"""
						{"type":"WEB_FOLDER","name":"Site","baseUrl":"https://example.com/img",
						 "forwardHostHeaderToOrigin":true}
						"""),
				Arguments.of(OriginRequest.webProxy("Proxy"), """
						{"type":"WEB_PROXY","name":"Proxy"}
						"""),
				Arguments.of(OriginRequest.gcs("Google", "g", "sa@project.iam.gserviceaccount.com", "-----BEGIN KEY"),
						"""
						{"type":"GCS","name":"Google","bucket":"g","clientEmail":"sa@project.iam.gserviceaccount.com",
						 "privateKey":"-----BEGIN KEY"}
						"""),
				Arguments.of(OriginRequest.azureBlob("Azure", "images", "acct", "?sv=1&sig=abc"), """
						{"type":"AZURE_BLOB","name":"Azure","container":"images","accountName":"acct",
						 "sasToken":"?sv=1&sig=abc"}
						"""),
				Arguments.of(OriginRequest.akeneoPim("Akeneo", URI.create("https://pim.example.com"), "cid", "csecret",
						"user", "pw"), """
						{"type":"AKENEO_PIM","name":"Akeneo","baseUrl":"https://pim.example.com","clientId":"cid",
						 "clientSecret":"csecret","username":"user","password":"pw"}
						"""));
	}

	@ParameterizedTest(name = "{index}: {1}")
	@MethodSource("everyOriginRequest")
	void createSendsEachOriginTypeAsTheSpecDescribesIt(OriginRequest request, String json) {
		server.stubFor(post("/v1/accounts/origins").willReturn(created().withHeader("Content-Type", "application/json")
			.withBody(S3_JSON)));

		StepVerifier.create(this.imageKit.accounts().origins().withResponse().create(request))
			.assertNext((response) -> {
				assertThat(response.statusCode()).isEqualTo(201);
				assertThat(response.requiredBody().id()).isEqualTo("o1");
			})
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/v1/accounts/origins"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson(json)));
	}

	@Test
	void getUpdateAndDeleteAddressTheOriginById() {
		server.stubFor(get("/v1/accounts/origins/o1").willReturn(okJson(S3_JSON)));
		server.stubFor(put("/v1/accounts/origins/o1").willReturn(okJson(S3_JSON)));
		server.stubFor(delete("/v1/accounts/origins/o1").willReturn(aResponse().withStatus(204)));

		StepVerifier.create(this.imageKit.accounts().origins().get("o1"))
			.assertNext((origin) -> assertThat(origin).isInstanceOf(Origin.S3.class))
			.verifyComplete();
		StepVerifier.create(this.imageKit.accounts().origins().update("o1", OriginRequest.webProxy("Proxy")))
			.expectNextCount(1)
			.verifyComplete();
		StepVerifier.create(this.imageKit.accounts().origins().delete("o1")).verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/v1/accounts/origins/o1")));
		server.verify(putRequestedFor(urlEqualTo("/v1/accounts/origins/o1"))
			.withRequestBody(equalToJson("{\"type\":\"WEB_PROXY\",\"name\":\"Proxy\"}")));
		server.verify(deleteRequestedFor(urlEqualTo("/v1/accounts/origins/o1")));
	}

	@Test
	void anUnknownOriginIdIsANotFoundError() {
		server.stubFor(get("/v1/accounts/origins/nope").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-ik-requestId", "r404")
			.withBody("{\"message\":\"Origin not found.\","
					+ "\"help\":\"For support kindly contact us at support@imagekit.io.\"}")));

		StepVerifier.create(this.imageKit.accounts().origins().get("nope")).expectErrorSatisfies((ex) -> {
			NotFoundException notFound = (NotFoundException) ex;
			assertThat(notFound.operation()).isEqualTo("accounts.origins.get");
			assertThat(notFound.errorMessage()).isEqualTo("Origin not found.");
			assertThat(notFound.help()).isEqualTo("For support kindly contact us at support@imagekit.io.");
			assertThat(notFound.requestId()).isEqualTo("r404");
		}).verify();
	}

	@Test
	void anInvalidOriginIsABadRequestError() {
		server.stubFor(post("/v1/accounts/origins").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"bucket is required and must be a string\",\"help\":\"Contact support\"}")));

		StepVerifier.create(this.imageKit.accounts().origins().create(OriginRequest.webProxy("Proxy")))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(BadRequestException.class);
				assertThat(((BadRequestException) ex).errorMessage()).isEqualTo("bucket is required and must be a string");
				assertThat(((BadRequestException) ex).help()).isEqualTo("Contact support");
			})
			.verify();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "a/b", "../origins" })
	void idsThatAreBlankOrHoldASlashAreRefusedWithoutSending(String id) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.accounts().origins().get(id))
			.withMessageStartingWith("id must not");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.imageKit.accounts().origins().update(id, OriginRequest.webProxy("Proxy")))
			.withMessageStartingWith("id must not");
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.accounts().origins().delete(id))
			.withMessageStartingWith("id must not");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void aMissingRequestIsRefusedWithoutSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.imageKit.accounts().origins().create(null))
			.withMessage("request must not be null");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "my-origin", "name_with_underscore" })
	void namesImageKitRejectsAreRefused(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> OriginRequest.webProxy(name))
			.withMessageStartingWith("name must");
	}

	@Test
	void fieldsOverTheirLimitsAreRefused() {
		String longText = "x".repeat(101);
		assertThatIllegalArgumentException().isThrownBy(() -> OriginRequest.webProxy(longText))
			.withMessageStartingWith("name must hold 1 to 100");
		assertThatIllegalArgumentException().isThrownBy(() -> OriginRequest.s3("S3", longText, "AK", "SK"))
			.withMessage("bucket must hold at most 100 characters");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OriginRequest.S3("S3", "b", longText, "AK", "SK", null, null, null))
			.withMessage("prefix must hold at most 100 characters, had 101");
		assertThatIllegalArgumentException().isThrownBy(() -> OriginRequest.s3("S3", "b", "", "SK"))
			.withMessage("accessKey must not be null or blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OriginRequest.S3("S3", "b", null, "AK", "SK", true, null, null))
			.withMessage("accessKey and secretKey must be empty when useIamRole is true");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OriginRequest.webFolder("Site", URI.create("images/relative")))
			.withMessageStartingWith("baseUrl must be an absolute URL");
		assertThatIllegalArgumentException().isThrownBy(() -> OriginRequest.azureBlob("Azure", "c", "acct", " "))
			.withMessage("sasToken must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> OriginRequest.gcs("Google", "g", "not-an-email", "key"))
			.withMessage("clientEmail must be an e-mail address, was 'not-an-email'");
	}

	@Test
	void credentialsNeverAppearInToString() {
		List<OriginRequest> requests = everyOriginRequest().map((arguments) -> (OriginRequest) arguments.get()[0])
			.toList();

		assertThat(requests).allSatisfy((request) -> assertThat(request.toString()).doesNotContain("s3cr3t", "AKIA1",
				"SK", "-----BEGIN KEY", "sig=abc", "csecret", "pw]", "=pw"));
		assertThat(requests.get(0).toString()).contains("Main bucket").contains("accessKey=<hidden>");
	}

}
