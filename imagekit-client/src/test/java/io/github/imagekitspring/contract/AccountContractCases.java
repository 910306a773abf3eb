package io.github.imagekitspring.contract;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.github.imagekitspring.accounts.OriginRequest;
import io.github.imagekitspring.accounts.UrlEndpointRequest;
import io.github.imagekitspring.accounts.UrlRewriter;
import io.github.imagekitspring.ImageKitOperation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account group. The spec gives no example answer for origins and URL endpoints (their schemas are references
 * without examples), so those cases answer with a body written from the spec's response schema.
 */
class AccountContractCases implements ContractCases {

	/** An {@code OriginResponse} of type S3, every required field of the spec's schema set. */
	private static final String S3_ORIGIN = """
			{"id":"6613dd4f2f5d4b0a9c8e1234","type":"S3","name":"US S3 Storage","includeCanonicalHeader":false,
			 "bucket":"product-images","prefix":"raw-assets","useIAMRole":false}
			""";

	/** A {@code UrlEndpointResponse}, every required field of the spec's schema set. */
	private static final String URL_ENDPOINT = """
			{"id":"6613dd4f2f5d4b0a9c8e5678","description":"My custom URL endpoint","urlPrefix":"product-images",
			 "origins":["origin-id-1","origin-id-2"],"urlRewriter":{"type":"CLOUDINARY","preserveAssetDeliveryTypes":true}}
			""";

	@Override
	public List<ContractCase> cases() {
		return List.of(
				ContractCase.spec("usage over a month", ImageKitOperation.ACCOUNTS_USAGE,
						(imageKit) -> imageKit.accounts().usage(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))),
				ContractCase.outsideSpec("usage analytics, both days included", ImageKitOperation.ACCOUNTS_USAGE_ANALYTICS,
						(imageKit) -> imageKit.accounts()
							.usageAnalytics(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
						200, """
								{"bandwidthBytes":1024,"requestCount":3,"startDate":"2026-01-01","endDate":"2026-01-31",
								 "generatedAt":"2026-02-01T00:00:00Z","cache":{"hitCount":2,"missCount":1,"errorCount":0},
								 "browser":{"byBandwidth":[{"name":"Chrome","bandwidthBytes":1024,"requestCount":3}],
								            "byRequests":[]},
								 "statusCodes":[{"name":"200","requestCount":3}],"errorReasons":[],"extensions":[],
								 "videoProcessing":[],"top404Assets":[]}
								""",
						(recorded) -> {
							assertThat(recorded.getMethod().getName()).isEqualTo("GET");
							assertThat(SpecContractTests.rawPath(recorded)).isEqualTo("/v1/accounts/usage-analytics");
							assertThat(recorded.getQueryParams()).containsOnlyKeys("startDate", "endDate");
							assertThat(recorded.queryParameter("startDate").firstValue()).isEqualTo("2026-01-01");
							assertThat(recorded.queryParameter("endDate").firstValue()).isEqualTo("2026-01-31");
							assertThat(recorded.getBodyAsString()).isEmpty();
						}),
				ContractCase.spec("list origins", ImageKitOperation.ORIGINS_LIST,
						(imageKit) -> imageKit.accounts().origins().list(), 200, "[" + S3_ORIGIN + "]"),
				ContractCase.spec("create an S3 origin", ImageKitOperation.ORIGINS_CREATE,
						(imageKit) -> imageKit.accounts()
							.origins()
							.create(new OriginRequest.S3("US S3 Storage", "product-images", "raw-assets",
									"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG", false, true,
									URI.create("https://cdn.example.com"))),
						201, S3_ORIGIN),
				ContractCase.spec("create an S3 origin with an IAM role", ImageKitOperation.ORIGINS_CREATE,
						(imageKit) -> imageKit.accounts()
							.origins()
							.create(OriginRequest.s3WithIamRole("Role Storage", "product-images")),
						201, S3_ORIGIN),
				ContractCase.spec("create an S3-compatible origin", ImageKitOperation.ORIGINS_CREATE,
						(imageKit) -> imageKit.accounts()
							.origins()
							.create(new OriginRequest.S3Compatible("Wasabi", "product-images", "",
									URI.create("https://s3.eu-central-1.wasabisys.com"), "AK", "SK", true, null, null)),
						201, S3_ORIGIN),
				ContractCase.spec("create a Cloudinary backup origin", ImageKitOperation.ORIGINS_CREATE,
						(imageKit) -> imageKit.accounts()
							.origins()
							.create(OriginRequest.cloudinaryBackup("Backup", "cloudinary-backup", "AK", "SK")),
						201, S3_ORIGIN),
				ContractCase.spec("create a web folder origin", ImageKitOperation.ORIGINS_CREATE,
						(imageKit) -> imageKit.accounts()
							.origins()
							.create(new OriginRequest.WebFolder("Web Folder",
									URI.create("https://images.example.com/assets"), true, false, null)),
						201, S3_ORIGIN),
				ContractCase.spec("create a web proxy origin", ImageKitOperation.ORIGINS_CREATE,
						(imageKit) -> imageKit.accounts().origins().create(OriginRequest.webProxy("Web Proxy")), 201,
						S3_ORIGIN),
				ContractCase.spec("create a GCS origin", ImageKitOperation.ORIGINS_CREATE,
						(imageKit) -> imageKit.accounts()
							.origins()
							.create(OriginRequest.gcs("Google Storage", "gcs-media",
									"service-account@project.iam.gserviceaccount.com", "-----BEGIN PRIVATE KEY-----")),
						201, S3_ORIGIN),
				ContractCase.spec("create an Azure Blob origin", ImageKitOperation.ORIGINS_CREATE,
						(imageKit) -> imageKit.accounts()
							.origins()
							.create(OriginRequest.azureBlob("Azure Storage", "images", "account123",
									"?sv=2023-01-03&sr=c&sig=abc123")),
						201, S3_ORIGIN),
				ContractCase.spec("create an Akeneo PIM origin", ImageKitOperation.ORIGINS_CREATE,
						(imageKit) -> imageKit.accounts()
							.origins()
							.create(OriginRequest.akeneoPim("Akeneo", URI.create("https://akeneo.company.com"),
									"akeneo-client-id", "akeneo-client-secret", "integration-user", "strongpassword123")),
						201, S3_ORIGIN),
				ContractCase.spec("get an origin", ImageKitOperation.ORIGINS_GET,
						(imageKit) -> imageKit.accounts().origins().get("6613dd4f2f5d4b0a9c8e1234"), 200, S3_ORIGIN),
				ContractCase.spec("replace an origin", ImageKitOperation.ORIGINS_UPDATE,
						(imageKit) -> imageKit.accounts()
							.origins()
							.update("6613dd4f2f5d4b0a9c8e1234",
									OriginRequest.s3("US S3 Storage", "product-images", "AK", "SK")),
						200, S3_ORIGIN),
				ContractCase.spec("delete an origin", ImageKitOperation.ORIGINS_DELETE,
						(imageKit) -> imageKit.accounts().origins().delete("6613dd4f2f5d4b0a9c8e1234")),
				ContractCase.spec("list URL endpoints", ImageKitOperation.URL_ENDPOINTS_LIST,
						(imageKit) -> imageKit.accounts().urlEndpoints().list(), 200, "[" + URL_ENDPOINT + "]"),
				ContractCase.spec("create a URL endpoint", ImageKitOperation.URL_ENDPOINTS_CREATE,
						(imageKit) -> imageKit.accounts()
							.urlEndpoints()
							.create(UrlEndpointRequest.builder("My custom URL endpoint")
								.urlPrefix("product-images")
								.origins("origin-id-1", "origin-id-2")
								.urlRewriter(UrlRewriter.cloudinary(true))
								.build()),
						201, URL_ENDPOINT),
				ContractCase.spec("create a URL endpoint with only a description", ImageKitOperation.URL_ENDPOINTS_CREATE,
						(imageKit) -> imageKit.accounts()
							.urlEndpoints()
							.create(UrlEndpointRequest.builder("Bare").build()),
						201, URL_ENDPOINT),
				ContractCase.spec("get a URL endpoint", ImageKitOperation.URL_ENDPOINTS_GET,
						(imageKit) -> imageKit.accounts().urlEndpoints().get("default"), 200, URL_ENDPOINT),
				ContractCase.spec("replace a URL endpoint", ImageKitOperation.URL_ENDPOINTS_UPDATE,
						(imageKit) -> imageKit.accounts()
							.urlEndpoints()
							.update("6613dd4f2f5d4b0a9c8e5678",
									UrlEndpointRequest.builder("Imgix paths")
										.urlPrefix("ix")
										.urlRewriter(UrlRewriter.imgix())
										.build()),
						200, URL_ENDPOINT),
				ContractCase.spec("replace a URL endpoint with an Akamai rewriter", ImageKitOperation.URL_ENDPOINTS_UPDATE,
						(imageKit) -> imageKit.accounts()
							.urlEndpoints()
							.update("6613dd4f2f5d4b0a9c8e5678",
									UrlEndpointRequest.builder("Akamai paths").urlRewriter(UrlRewriter.akamai()).build()),
						200, URL_ENDPOINT),
				ContractCase.spec("delete a URL endpoint", ImageKitOperation.URL_ENDPOINTS_DELETE,
						(imageKit) -> imageKit.accounts().urlEndpoints().delete("6613dd4f2f5d4b0a9c8e5678")));
	}

}
