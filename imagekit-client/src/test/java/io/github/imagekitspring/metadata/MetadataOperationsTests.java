package io.github.imagekitspring.metadata;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.NotFoundException;
import io.github.imagekitspring.testsupport.ImageKitTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MetadataOperationsTests {

	/** The spec's {@code ImageMetadata} example. */
	private static final String IMAGE_METADATA = """
			{"height":68,"width":100,"size":7749,"format":"jpg","hasColorProfile":true,"quality":0,"density":72,
			 "hasTransparency":false,"pHash":"f06830ca9f1e3e90",
			 "exif":{
			  "image":{"Make":"Canon","Model":"Canon EOS 40D","Orientation":1,"XResolution":72,"YResolution":72,
			   "ResolutionUnit":2,"Software":"GIMP 2.4.5","ModifyDate":"2008:07:31 10:38:11","YCbCrPositioning":2,
			   "ExifOffset":214,"GPSInfo":978},
			  "thumbnail":{"Compression":6,"XResolution":72,"YResolution":72,"ResolutionUnit":2,
			   "ThumbnailOffset":1090,"ThumbnailLength":1378},
			  "exif":{"ExposureTime":0.00625,"FNumber":7.1,"ExposureProgram":1,"ISO":100,"ExifVersion":"0221",
			   "DateTimeOriginal":"2008:05:30 15:56:01","CreateDate":"2008:05:30 15:56:01","ShutterSpeedValue":7.375,
			   "ApertureValue":5.625,"ExposureCompensation":0,"MeteringMode":5,"Flash":9,"FocalLength":135,
			   "SubSecTime":"00","SubSecTimeOriginal":"00","SubSecTimeDigitized":"00","FlashpixVersion":"0100",
			   "ColorSpace":1,"ExifImageWidth":100,"ExifImageHeight":68,"InteropOffset":948,
			   "FocalPlaneXResolution":4438.356164383562,"FocalPlaneYResolution":4445.969125214408,
			   "FocalPlaneResolutionUnit":2,"CustomRendered":0,"ExposureMode":1,"WhiteBalance":0,"SceneCaptureType":0},
			  "gps":{"GPSVersionID":[2,2,0,0],"GPSLatitudeRef":"N","GPSLatitude":[51,30,26.5]},
			  "interoperability":{"InteropIndex":"R98","InteropVersion":"0100"},
			  "makernote":{"vendor":{"x":1}}}}
			""";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ImageKitOperations imageKit = ImageKitTestClient.against(server);

	@Test
	void getReadsImageMetadataWithTypedExifSections() {
		server.stubFor(get("/v1/files/f1/metadata").willReturn(okJson(IMAGE_METADATA)));

		StepVerifier.create(this.imageKit.metadata().get("f1")).assertNext((metadata) -> {
			assertThat(metadata.width()).isEqualTo(100);
			assertThat(metadata.size()).isEqualTo(7749L);
			assertThat(metadata.pHash()).isEqualTo("f06830ca9f1e3e90");
			assertThat(metadata.hasColorProfile()).isTrue();
			Exif exif = metadata.exif();
			assertThat(exif.image().make()).isEqualTo("Canon");
			assertThat(exif.image().xResolution()).isEqualTo(72.0);
			assertThat(exif.image().gpsInfo()).isEqualTo(978L);
			assertThat(exif.thumbnail().thumbnailLength()).isEqualTo(1378L);
			assertThat(exif.exif().exposureTime()).isEqualTo(0.00625);
			assertThat(exif.exif().iso()).isEqualTo(100);
			assertThat(exif.exif().exifVersion()).isEqualTo("0221");
			assertThat(exif.exif().other()).containsEntry("SubSecTimeOriginal", "00");
			assertThat(exif.gps().gpsVersionId()).containsExactly(2, 2, 0, 0);
			assertThat(exif.gps().gpsLatitude()).containsExactly(51.0, 30.0, 26.5);
			assertThat(exif.interoperability().interopIndex()).isEqualTo("R98");
			assertThat(exif.makernote()).containsKey("vendor");
		}).verifyComplete();
	}

	@Test
	void getReadsVideoMetadata() {
		server.stubFor(get("/v1/files/v1/metadata").willReturn(okJson("{\"height\":720,\"width\":1280,"
				+ "\"bitRate\":546524,\"duration\":70,\"audioCodec\":\"aac\",\"videoCodec\":\"h264\",\"size\":23490}")));

		StepVerifier.create(this.imageKit.metadata().get("v1"))
			.expectNext(new Metadata(720, 1280, 23490L, null, null, null, null, null, null, 546524L, 70L, "aac", "h264",
					null))
			.verifyComplete();
	}

	@Test
	void fromUrlSendsTheUrlEncodedAsOneQueryParameter() {
		server.stubFor(get(urlPathEqualTo("/v1/metadata")).willReturn(okJson("{\"width\":10}")));
		String url = "https://ik.imagekit.io/demo/tr:w-100/a%20b.jpg?x=1&y=a+b#frag";

		StepVerifier.create(this.imageKit.metadata().fromUrl(url))
			.assertNext((metadata) -> assertThat(metadata.width()).isEqualTo(10))
			.verifyComplete();

		assertThat(server.getAllServeEvents()).singleElement().satisfies((event) -> {
			assertThat(event.getRequest().getUrl()).isEqualTo("/v1/metadata?url=https%3A%2F%2Fik.imagekit.io%2Fdemo"
					+ "%2Ftr%3Aw-100%2Fa%2520b.jpg%3Fx%3D1%26y%3Da%2Bb%23frag");
			assertThat(event.getRequest().queryParameter("url").values()).containsExactly(url);
		});
	}

	@Test
	void errorsKeepImageKitsMessage() {
		server.stubFor(get("/v1/files/gone/metadata").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The requested file does not exist or is inaccessible at this time.\"}")));
		server.stubFor(get(urlPathEqualTo("/v1/metadata")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The url should be accessible using your ImageKit.io account.\"}")));

		StepVerifier.create(this.imageKit.metadata().get("gone"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(NotFoundException.class)
				.hasMessageContaining("metadata.get"))
			.verify();
		StepVerifier.create(this.imageKit.metadata().fromUrl("https://example.com/a.jpg"))
			.expectErrorSatisfies((ex) -> assertThat(((BadRequestException) ex).errorMessage())
				.startsWith("The url should be accessible"))
			.verify();
	}

	@Test
	void badArgumentsFailBeforeAnythingIsSent() {
		MetadataOperations metadata = this.imageKit.metadata();
		assertThatIllegalArgumentException().isThrownBy(() -> metadata.get(" ")).withMessageContaining("fileId");
		for (String url : List.of("/relative/a.jpg", "ftp://example.com/a.jpg", "https:///a.jpg", "not a url")) {
			assertThatIllegalArgumentException().as(url)
				.isThrownBy(() -> metadata.fromUrl(url))
				.withMessageContaining("url must be");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> metadata.fromUrl(null)).withMessageContaining("url");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

}
