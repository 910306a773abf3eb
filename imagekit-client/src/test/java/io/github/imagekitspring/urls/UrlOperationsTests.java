package io.github.imagekitspring.urls;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The vectors marked "official" are the expected URLs of the official SDKs' URL tests (private key
 * {@code dummy-key} for the signed ones). The others are checked against an HMAC computed here over the literal
 * expected text.
 */
class UrlOperationsTests {

	private static final String ENDPOINT = "https://ik.imagekit.io/demo/";

	private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

	private final UrlOperations urls = UrlOperations.create(ENDPOINT, "dummy-key", Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void unsignedUrlHasNoSignatureParameters() {
		assertThat(this.urls.url(UrlRequest.forPath("sdk-testing-files/future-search.png").build()))
			.isEqualTo("https://ik.imagekit.io/demo/sdk-testing-files/future-search.png");
	}

	@Test
	void officialSignedUrlWithoutExpiry() {
		String url = this.urls.url(UrlRequest.forPath("sdk-testing-files/future-search.png").signed(true).build());
		assertThat(url).isEqualTo(
				"https://ik.imagekit.io/demo/sdk-testing-files/future-search.png?ik-s=32dbbbfc5f945c0403c71b54c38e76896ef2d6b0");
	}

	@Test
	void officialSignedUrlWithNonAsciiPath() {
		String url = this.urls.url(UrlRequest.forPath("sdk-testing-files/हिन्दी.png").signed(true).build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/sdk-testing-files/"
				+ "%E0%A4%B9%E0%A4%BF%E0%A4%A8%E0%A5%8D%E0%A4%A6%E0%A5%80.png?ik-s=3fff2f31da1f45e007adcdbe95f88c8c330e743c");
	}

	@Test
	void officialSignedUrlWithQueryParameters() {
		String url = this.urls.url(UrlRequest.forPath("sdk-testing-files/future-search.png")
			.queryParameter("version", "1.0")
			.queryParameter("cache", "false")
			.signed(true)
			.build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/sdk-testing-files/future-search.png"
				+ "?version=1.0&cache=false&ik-s=f2e5a1b8b6a0b03fd63789dfc6413a94acef9fd8");
	}

	@Test
	void officialSignedUrlWithTransformationInQuery() {
		String url = this.urls.url(UrlRequest.forPath("sdk-testing-files/future-search.png")
			.transformation(Transformation.builder().width(300).height(200).build())
			.queryParameter("version", "2.0")
			.signed(true)
			.build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/sdk-testing-files/future-search.png"
				+ "?version=2.0&tr=w-300,h-200&ik-s=601d97a7834b7554f4dabf0d3fc3a219ceeb6b31");
	}

	@Test
	void officialSignedUrlWithTransformationInPath() {
		String url = this.urls.url(UrlRequest.forPath("sdk-testing-files/future-search.png")
			.transformation(Transformation.builder().width(300).height(200).build())
			.position(TransformationPosition.PATH)
			.queryParameter("version", "2.0")
			.signed(true)
			.build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/tr:w-300,h-200/sdk-testing-files/future-search.png"
				+ "?version=2.0&ik-s=dd1ee8f83d019bc59fd57a5fc4674a11eb8a3496");
	}

	@Test
	void signedUrlWithExpiryAddsTimestampAndSignsIt() {
		long expiry = NOW.getEpochSecond() + 600;
		String url = this.urls.url(UrlRequest.forPath("/folder/img.jpg")
			.transformation(Transformation.builder().width(100).build())
			.expiresIn(Duration.ofMinutes(10))
			.build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/folder/img.jpg?tr=w-100&ik-t=" + expiry + "&ik-s="
				+ hmacSha1("dummy-key", "folder/img.jpg?tr=w-100" + expiry));
	}

	@Test
	void signedPathFormWithExpiryUsesQuestionMark() {
		long expiry = NOW.getEpochSecond() + 60;
		String url = this.urls.url(UrlRequest.forPath("folder/img.jpg")
			.transformation(Transformation.builder().width(100).build())
			.position(TransformationPosition.PATH)
			.signed(true)
			.expiresIn(Duration.ofSeconds(60))
			.build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/tr:w-100/folder/img.jpg?ik-t=" + expiry + "&ik-s="
				+ hmacSha1("dummy-key", "tr:w-100/folder/img.jpg" + expiry));
	}

	@Test
	void noDoubleSlashesBetweenEndpointAndPath() {
		UrlOperations noTrailingSlash = UrlOperations.create("https://ik.imagekit.io/demo", "dummy-key",
				Clock.systemUTC());
		assertThat(noTrailingSlash.url(UrlRequest.forPath("//folder//img.jpg").signed(true).build()))
			.isEqualTo(this.urls.url(UrlRequest.forPath("folder/img.jpg").signed(true).build()))
			.startsWith("https://ik.imagekit.io/demo/folder/img.jpg?ik-s=");
	}

	@Test
	void noDoubleSlashesWhateverTheEndpointAndPathLookLike() {
		Transformation step = Transformation.builder().width(100).build();
		for (String endpoint : List.of("https://ik.imagekit.io/demo", "https://ik.imagekit.io/demo/",
				"https://ik.imagekit.io/demo///", "https://ik.imagekit.io//demo//")) {
			for (String path : List.of("img.jpg", "/img.jpg", "///img.jpg")) {
				for (TransformationPosition position : TransformationPosition.values()) {
					String url = this.urls.url(UrlRequest.forPath(path).urlEndpoint(endpoint).transformation(step)
						.position(position).signed(true).build());
					String expected = (position == TransformationPosition.PATH)
							? "https://ik.imagekit.io/demo/tr:w-100/img.jpg?ik-s="
							: "https://ik.imagekit.io/demo/img.jpg?tr=w-100&ik-s=";
					assertThat(url).as(endpoint + " + " + path + " (" + position + ")").startsWith(expected);
					assertThat(url.substring("https://".length())).doesNotContain("//");
				}
			}
		}
	}

	/**
	 * The endpoints and paths of two official vectors; there the step is written {@code h-300,w-400} (the order
	 * the caller gave), here in this builder's fixed order.
	 */
	@Test
	void endpointWithAPathAndPathWithLeadingSlashes() {
		Transformation step = Transformation.builder().height(300).width(400).build();
		assertThat(this.urls.url(UrlRequest.forPath("/test_path.jpg")
			.urlEndpoint("https://ik.imagekit.io/imagekit_id/new-endpoint/")
			.transformation(step)
			.build())).isEqualTo("https://ik.imagekit.io/imagekit_id/new-endpoint/test_path.jpg?tr=w-400,h-300");
		assertThat(this.urls.url(UrlRequest.forPath("///test_path.jpg")
			.urlEndpoint("https://ik.imagekit.io/test_url_endpoint")
			.transformation(step)
			.build())).isEqualTo("https://ik.imagekit.io/test_url_endpoint/test_path.jpg?tr=w-400,h-300");
	}

	@Test
	void noTransformationGivesNoTrInThePathOrTheQuery() {
		for (TransformationPosition position : TransformationPosition.values()) {
			String none = this.urls.url(UrlRequest.forPath("img.jpg").position(position).build());
			String emptyStep = this.urls.url(UrlRequest.forPath("img.jpg")
				.position(position)
				.transformation(Transformation.builder().build(), Transformation.builder().raw("").build())
				.queryParameter("v", "1")
				.build());
			String signed = this.urls.url(UrlRequest.forPath("img.jpg")
				.position(position)
				.transformation(Transformation.builder().build())
				.signed(true)
				.build());
			assertThat(none).isEqualTo("https://ik.imagekit.io/demo/img.jpg");
			assertThat(emptyStep).isEqualTo("https://ik.imagekit.io/demo/img.jpg?v=1");
			assertThat(signed).isEqualTo("https://ik.imagekit.io/demo/img.jpg?ik-s="
					+ hmacSha1("dummy-key", "img.jpg9999999999"));
		}
		assertThat(this.urls.url(UrlRequest.forSrc("https://ik.imagekit.io/demo/img.jpg")
			.transformation(Transformation.builder().build())
			.build())).isEqualTo("https://ik.imagekit.io/demo/img.jpg");
	}

	@Test
	void perCallEndpointOverridesTheDefault() {
		String url = this.urls.url(UrlRequest.forPath("img.jpg").urlEndpoint("https://images.example.com/").signed(true)
			.build());
		assertThat(url).isEqualTo("https://images.example.com/img.jpg?ik-s=" + hmacSha1("dummy-key", "img.jpg9999999999"));
	}

	@Test
	void absoluteSrcKeepsItsQueryAndTakesTransformationsInTheQuery() {
		String url = this.urls.url(UrlRequest.forSrc("https://ik.imagekit.io/demo/img.jpg?v=1")
			.transformation(Transformation.builder().width(300).build())
			.position(TransformationPosition.PATH)
			.signed(true)
			.build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/img.jpg?v=1&tr=w-300&ik-s="
				+ hmacSha1("dummy-key", "img.jpg?v=1&tr=w-300" + "9999999999"));
	}

	@Test
	void chainedStepsAreJoinedWithColons() {
		String url = this.urls.url(UrlRequest.forPath("img.jpg")
			.transformation(Transformation.builder().width(300).height(200).crop(Transformation.Crop.AT_MAX).build(),
					Transformation.builder().rotation(90).build())
			.build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/img.jpg?tr=w-300,h-200,c-at_max:rt-90");
	}

	@Test
	void everyTypedParameterHasItsKey() {
		Transformation step = Transformation.builder()
			.width("iw_div_2")
			.height(200)
			.aspectRatio("4-3")
			.quality(80)
			.format(Transformation.Format.WEBP)
			.crop(Transformation.Crop.MAINTAIN_RATIO)
			.cropMode(Transformation.CropMode.PAD_RESIZE)
			.focus("face")
			.radius("max")
			.background("F3F3F3")
			.blur(10)
			.rotation("auto")
			.named("thumb")
			.progressive(true)
			.lossless(false)
			.trim(true)
			.dpr("2")
			.defaultImage("/folder/default.jpg")
			.original(true)
			.parameter("e-sharpen", "10")
			.raw("e-grayscale")
			.build();
		assertThat(step.toStepString()).isEqualTo("w-iw_div_2,h-200,ar-4-3,q-80,f-webp,c-maintain_ratio,cm-pad_resize,"
				+ "fo-face,r-max,bg-F3F3F3,bl-10,rt-auto,n-thumb,pr-true,lo-false,t-true,dpr-2,"
				+ "di-folder@@default.jpg,orig-true,e-sharpen-10,e-grayscale");
	}

	@Test
	void reservedCharactersInThePathAreEncodedBeforeSigning() {
		String url = this.urls.url(UrlRequest.forPath("my folder/a?b#c.jpg").signed(true).build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/my%20folder/a%3Fb%23c.jpg?ik-s="
				+ hmacSha1("dummy-key", "my%20folder/a%3Fb%23c.jpg9999999999"));
	}

	@Test
	void nonAsciiPathWithPathTransformationAndExpiry() {
		long expiry = NOW.getEpochSecond() + 3600;
		String url = this.urls.url(UrlRequest.forPath("/bilder/größe.jpg")
			.transformation(Transformation.builder().width(50).build())
			.position(TransformationPosition.PATH)
			.expiresIn(Duration.ofHours(1))
			.build());
		String encoded = "tr:w-50/bilder/gr%C3%B6%C3%9Fe.jpg";
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/" + encoded + "?ik-t=" + expiry + "&ik-s="
				+ hmacSha1("dummy-key", encoded + expiry));
	}

	/**
	 * Like the official Java SDK (whose path goes through {@code java.net.URI}'s quoting), brackets, pipes, carets
	 * and braces are percent-encoded while URI sub-delimiters stay; the signature covers the encoded text.
	 */
	@Test
	void reservedCharactersAreEncodedAsTheJavaSdkEncodesThemAndSigned() {
		String url = this.urls.url(UrlRequest.forPath("a[1]|b^c{d}`e.jpg").signed(true).build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/a%5B1%5D%7Cb%5Ec%7Bd%7D%60e.jpg?ik-s="
				+ hmacSha1("dummy-key", "a%5B1%5D%7Cb%5Ec%7Bd%7D%60e.jpg9999999999"));
		assertThat(this.urls.url(UrlRequest.forPath("x!$&'()*+,;=:@~y.jpg").build()))
			.isEqualTo("https://ik.imagekit.io/demo/x!$&'()*+,;=:@~y.jpg");
	}

	@Test
	void alreadyEncodedPathIsNotEncodedTwice() {
		assertThat(this.urls.url(UrlRequest.forPath("a%20b.jpg").build()))
			.isEqualTo("https://ik.imagekit.io/demo/a%20b.jpg");
	}

	@Test
	void queryParameterValuesAreEncoded() {
		assertThat(this.urls.url(UrlRequest.forPath("img.jpg").queryParameter("q", "a b&c").build()))
			.isEqualTo("https://ik.imagekit.io/demo/img.jpg?q=a+b%26c");
	}

	@Test
	void invalidInputIsRejectedNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> UrlRequest.forPath("  ").build())
			.withMessageContaining("path");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UrlRequest.forPath("a.jpg").expiresIn(Duration.ofSeconds(-1)).build())
			.withMessageContaining("expiresIn");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UrlRequest.forPath("a.jpg").urlEndpoint("ftp://ik.imagekit.io/demo").build())
			.withMessageContaining("urlEndpoint");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UrlOperations.create("ik.imagekit.io/demo", "dummy-key", Clock.systemUTC()))
			.withMessageContaining("urlEndpoint");
		assertThatIllegalArgumentException().isThrownBy(() -> UrlRequest.forSrc("/relative.jpg").build())
			.withMessageContaining("src");
	}

	@Test
	void privateKeyIsNotInToString() {
		assertThat(this.urls.toString()).doesNotContain("dummy-key");
	}

	static String hmacSha1(String key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
