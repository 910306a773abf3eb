package io.github.imagekitspring.urls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static io.github.imagekitspring.urls.UrlOperationsTests.hmacSha1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Layer URLs. Expected strings marked "vector" are the expected URLs of the official SDKs' overlay and signing
 * tests (private key {@code dummy-key} for the signed ones); "docs" marks examples from ImageKit's documentation.
 * The official SDKs write subtitle layers as {@code l-subtitles} (Java, .NET, Go) or {@code l-subtitle} (Node);
 * ImageKit's documentation uses {@code l-subtitles}, and so does this builder.
 */
class LayerUrlTests {

	private static final String TEST_ENDPOINT = "https://ik.imagekit.io/test_url_endpoint";

	private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

	private final UrlOperations urls = UrlOperations.create("https://ik.imagekit.io/demo", "dummy-key",
			Clock.fixed(NOW, ZoneOffset.UTC));

	private String pathUrl(String endpoint, String path, Layer... layers) {
		Transformation.Builder step = Transformation.builder();
		for (Layer layer : layers) {
			step.layer(layer);
		}
		return this.urls.url(UrlRequest.forPath(path)
			.urlEndpoint(endpoint)
			.position(TransformationPosition.PATH)
			.transformation(step.build())
			.build());
	}

	private String layerIn(Layer layer) {
		return pathUrl(TEST_ENDPOINT, "/base-image.jpg", layer);
	}

	@Test
	void textLayerVector() {
		assertThat(layerIn(TextLayer.builder("Minimal Text").build()))
			.isEqualTo(TEST_ENDPOINT + "/tr:l-text,i-Minimal%20Text,l-end/base-image.jpg");
	}

	@Test
	void imageLayerVector() {
		assertThat(layerIn(ImageLayer.builder("logo.png").build()))
			.isEqualTo(TEST_ENDPOINT + "/tr:l-image,i-logo.png,l-end/base-image.jpg");
	}

	@Test
	void videoLayerVector() {
		assertThat(pathUrl(TEST_ENDPOINT, "/base-video.mp4", VideoLayer.builder("play-pause-loop.mp4").build()))
			.isEqualTo(TEST_ENDPOINT + "/tr:l-video,i-play-pause-loop.mp4,l-end/base-video.mp4");
	}

	@Test
	void subtitleLayerVector() {
		assertThat(pathUrl(TEST_ENDPOINT, "/base-video.mp4", SubtitleLayer.builder("subtitle.srt").build()))
			.isEqualTo(TEST_ENDPOINT + "/tr:l-subtitles,i-subtitle.srt,l-end/base-video.mp4");
	}

	@Test
	void solidColorLayerVector() {
		assertThat(layerIn(SolidColorLayer.builder("FF0000").build()))
			.isEqualTo(TEST_ENDPOINT + "/tr:l-image,i-ik_canvas,bg-FF0000,l-end/base-image.jpg");
	}

	/**
	 * The vector's solid colour layer passes {@code alpha 0.5}, outside the documented range 1 to 9 that this
	 * builder enforces, so that layer uses {@code al-5}; everything else is the vector as it is.
	 */
	@Test
	void everyLayerKindWithPositionTimingAndStylesVector() {
		LayerPosition position = LayerPosition.builder().x("10").y("20").focus(Layer.Anchor.CENTER).build();
		LayerTiming timing = LayerTiming.builder().start(5).duration("10").end(15).build();
		TextLayer text = TextLayer.builder("Every thing")
			.position(position)
			.timing(timing)
			.width("bw_mul_0.5")
			.fontSize(20)
			.fontFamily("Arial")
			.fontColor("0000ff")
			.alignment(TextLayer.Alignment.LEFT)
			.padding(5)
			.alpha(7)
			.typography(Layer.Typography.BOLD)
			.background("red")
			.radius(10)
			.rotation(-45)
			.flip(Transformation.Flip.H)
			.lineHeight(20)
			.build();
		ImageLayer image = ImageLayer.builder("logo.png")
			.position(position)
			.timing(timing)
			.transformation(Transformation.builder()
				.width("bw_mul_0.5")
				.height("bh_mul_0.5")
				.rotation("N45")
				.flip(Transformation.Flip.H)
				.layer(TextLayer.builder("Nested text overlay").build())
				.build())
			.build();
		VideoLayer video = VideoLayer.builder("play-pause-loop.mp4")
			.position(position)
			.timing(timing)
			.transformation(Transformation.builder()
				.width("bw_mul_0.5")
				.height("bh_mul_0.5")
				.rotation("N45")
				.flip(Transformation.Flip.H)
				.build())
			.build();
		SubtitleLayer subtitles = SubtitleLayer.builder("subtitle.srt")
			.position(position)
			.timing(timing)
			.background("red")
			.fontColor("0000ff")
			.fontFamily("Arial")
			.fontOutline(2, "A1CCDD50")
			.fontShadow("A1CCDD", 3)
			.build();
		SolidColorLayer block = SolidColorLayer.builder("FF0000")
			.position(position)
			.timing(timing)
			.width("bw_mul_0.5")
			.height("bh_mul_0.5")
			.alpha(5)
			.background("red")
			.gradient()
			.radius("max")
			.build();
		String url = this.urls.url(UrlRequest.forPath("/base-image.jpg")
			.urlEndpoint(TEST_ENDPOINT)
			.position(TransformationPosition.PATH)
			.transformation(Transformation.builder().layer(text).build(), Transformation.builder().layer(image).build(),
					Transformation.builder().layer(video).build(), Transformation.builder().layer(subtitles).build(),
					Transformation.builder().layer(block).build())
			.build());
		assertThat(url).isEqualTo(TEST_ENDPOINT + "/tr:"
				+ "l-text,i-Every%20thing,lx-10,ly-20,lfo-center,lso-5,leo-15,ldu-10,w-bw_mul_0.5,fs-20,ff-Arial,"
				+ "co-0000ff,ia-left,pa-5,al-7,tg-b,bg-red,r-10,rt-N45,fl-h,lh-20,l-end"
				+ ":l-image,i-logo.png,lx-10,ly-20,lfo-center,lso-5,leo-15,ldu-10,w-bw_mul_0.5,h-bh_mul_0.5,rt-N45,"
				+ "fl-h,l-text,i-Nested%20text%20overlay,l-end,l-end"
				+ ":l-video,i-play-pause-loop.mp4,lx-10,ly-20,lfo-center,lso-5,leo-15,ldu-10,w-bw_mul_0.5,"
				+ "h-bh_mul_0.5,rt-N45,fl-h,l-end"
				+ ":l-subtitles,i-subtitle.srt,lx-10,ly-20,lfo-center,lso-5,leo-15,ldu-10,bg-red,co-0000ff,ff-Arial,"
				+ "fol-2_A1CCDD50,fsh-A1CCDD_3,l-end"
				+ ":l-image,i-ik_canvas,bg-FF0000,lx-10,ly-20,lfo-center,lso-5,leo-15,ldu-10,w-bw_mul_0.5,"
				+ "h-bh_mul_0.5,al-5,bg-red,e-gradient,r-max,l-end"
				+ "/base-image.jpg");
	}

	@Test
	void documentationExampleWithLayerInTheSameStepAsTheBaseTransformation() {
		// docs: https://ik.imagekit.io/demo/sample-image.jpg?tr=w-300,h-300,l-image,i-logo.png,w-10,rt-90,l-end
		String url = this.urls.url(UrlRequest.forPath("/sample-image.jpg")
			.transformation(Transformation.builder()
				.width(300)
				.height(300)
				.layer(ImageLayer.builder("logo.png")
					.transformation(Transformation.builder().width(10).rotation(90).build())
					.build())
				.build())
			.build());
		assertThat(url)
			.isEqualTo("https://ik.imagekit.io/demo/sample-image.jpg?tr=w-300,h-300,l-image,i-logo.png,w-10,rt-90,l-end");
	}

	/** The README's example, as it is there. */
	@Test
	void readmeExample() {
		UrlOperations urls = this.urls;
		// README example start
		String url = urls.url(UrlRequest.forPath("/products/shoe.jpg")
			.transformation(Transformation.builder().width(800).height(600).crop(Transformation.Crop.AT_MAX).build(),
					Transformation.builder()
						.layer(TextLayer.builder("Summer sale: 30% off")
							.fontSize(48)
							.fontColor("FFFFFF")
							.background("00000080")
							.padding(12)
							.typography(Layer.Typography.BOLD)
							.position(LayerPosition.focus(Layer.Anchor.BOTTOM))
							.build())
						.layer(ImageLayer.builder("/brand/logo.png")
							.position(LayerPosition.builder().x(20).y(20).build())
							.transformation(Transformation.builder().width(120).build())
							.build())
						.build())
			.signed(true)
			.build());
		// README example end
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/products/shoe.jpg?tr=w-800,h-600,c-at_max:"
				+ "l-text,ie-U3VtbWVyIHNhbGU6IDMwJSBvZmY%3D,lfo-bottom,fs-48,co-FFFFFF,pa-12,tg-b,bg-00000080,l-end,"
				+ "l-image,i-brand@@logo.png,lx-20,ly-20,w-120,l-end&ik-s="
				+ hmacSha1("dummy-key", "products/shoe.jpg?tr=w-800,h-600,c-at_max:l-text,"
						+ "ie-U3VtbWVyIHNhbGU6IDMwJSBvZmY%3D,lfo-bottom,fs-48,co-FFFFFF,pa-12,tg-b,bg-00000080,l-end,"
						+ "l-image,i-brand@@logo.png,lx-20,ly-20,w-120,l-end9999999999"));
	}

	@Test
	void imagePathWithSlashesIsPlainWithDoubleAtVector() {
		assertThat(pathUrl("https://ik.imagekit.io/demo", "/medium_cafe_B1iTdD0C.jpg",
				ImageLayer.builder("/customer_logo/nykaa.png").build()))
			.isEqualTo("https://ik.imagekit.io/demo/tr:l-image,i-customer_logo@@nykaa.png,l-end/medium_cafe_B1iTdD0C.jpg");
	}

	@Test
	void imagePathWithNonAsciiCharacterIsBase64Vector() {
		assertThat(ImageLayer.builder("/customer_logo/Ñykaa.png").build().toLayerString())
			.isEqualTo("l-image,ie-Y3VzdG9tZXJfbG9nby%2FDkXlrYWEucG5n,l-end");
	}

	@Test
	void plainTextVectors() {
		assertThat(TextLayer.builder("Manu").build().toLayerString()).isEqualTo("l-text,i-Manu,l-end");
		assertThat(TextLayer.builder("alnum123-._ ").build().toLayerString())
			.isEqualTo("l-text,i-alnum123-._%20,l-end");
		assertThat(TextLayer.builder("HelloWorld").encoding(Layer.Encoding.PLAIN).build().toLayerString())
			.isEqualTo("l-text,i-HelloWorld,l-end");
		assertThat(TextLayer.builder("Hello World").encoding(Layer.Encoding.PLAIN).build().toLayerString())
			.isEqualTo("l-text,i-Hello%20World,l-end");
	}

	@Test
	void base64TextVectors() {
		assertThat(TextLayer.builder("Let's use ©, ®, ™, etc").build().toLayerString())
			.isEqualTo("l-text,ie-TGV0J3MgdXNlIMKpLCDCriwg4oSiLCBldGM%3D,l-end");
		assertThat(TextLayer.builder("HelloWorld").encoding(Layer.Encoding.BASE64).build().toLayerString())
			.isEqualTo("l-text,ie-SGVsbG9Xb3JsZA%3D%3D,l-end");
		assertThat(TextLayer.builder("हिन्दी").build().toLayerString())
			.isEqualTo("l-text,ie-4KS54KS%2F4KSo4KWN4KSm4KWA,l-end");
	}

	@Test
	void explicitEncodingOfInputPathsVectors() {
		assertThat(ImageLayer.builder("/customer/logo.png").encoding(Layer.Encoding.PLAIN).build().toLayerString())
			.isEqualTo("l-image,i-customer@@logo.png,l-end");
		assertThat(ImageLayer.builder("/customer/logo.png").encoding(Layer.Encoding.BASE64).build().toLayerString())
			.isEqualTo("l-image,ie-Y3VzdG9tZXIvbG9nby5wbmc%3D,l-end");
		assertThat(VideoLayer.builder("/path/to/video.mp4").encoding(Layer.Encoding.BASE64).build().toLayerString())
			.isEqualTo("l-video,ie-cGF0aC90by92aWRlby5tcDQ%3D,l-end");
		assertThat(SubtitleLayer.builder("/sub.srt").encoding(Layer.Encoding.PLAIN).build().toLayerString())
			.isEqualTo("l-subtitles,i-sub.srt,l-end");
		assertThat(SubtitleLayer.builder("sub.srt").encoding(Layer.Encoding.BASE64).build().toLayerString())
			.isEqualTo("l-subtitles,ie-c3ViLnNydA%3D%3D,l-end");
	}

	@Test
	void fontFamilyPathSlashesBecomeDoubleAtVectors() {
		assertThat(TextLayer.builder("Manu").fontFamily("nested-path/Poppins-Regular_Q15GrYWmL.ttf").build()
			.toLayerString()).isEqualTo("l-text,i-Manu,ff-nested-path@@Poppins-Regular_Q15GrYWmL.ttf,l-end");
		assertThat(TextLayer.builder("Hello").fontFamily("/sdk-testing-files/Poppins-Regular.ttf/").build()
			.toLayerString()).isEqualTo("l-text,i-Hello,ff-sdk-testing-files@@Poppins-Regular.ttf,l-end");
	}

	@Test
	void leadingAndTrailingSlashesOfInputPathsAreDroppedVectors() {
		assertThat(ImageLayer.builder("/path/to/logo.png/").build().toLayerString())
			.isEqualTo("l-image,i-path@@to@@logo.png,l-end");
		assertThat(SubtitleLayer.builder("/path/to/subtitle.srt").build().toLayerString())
			.isEqualTo("l-subtitles,i-path@@to@@subtitle.srt,l-end");
	}

	@Test
	void layerInQueryPlacementIsNotEncodedTwiceVector() {
		String url = this.urls.url(UrlRequest.forPath("/sample.jpg")
			.transformation(Transformation.builder().layer(TextLayer.builder("Minimal Text").build()).build())
			.build());
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/sample.jpg?tr=l-text,i-Minimal%20Text,l-end");
	}

	@Test
	void layerModesVectors() {
		assertThat(ImageLayer.builder("overlay.png").mode(Layer.Mode.MULTIPLY).build().toLayerString())
			.isEqualTo("l-image,i-overlay.png,lm-multiply,l-end");
		assertThat(ImageLayer.builder("mask.png").mode(Layer.Mode.CUTTER).build().toLayerString())
			.isEqualTo("l-image,i-mask.png,lm-cutter,l-end");
		assertThat(ImageLayer.builder("mask.png").mode(Layer.Mode.CUTOUT).build().toLayerString())
			.isEqualTo("l-image,i-mask.png,lm-cutout,l-end");
		assertThat(ImageLayer.builder("displacement-map.png")
			.mode(Layer.Mode.DISPLACE)
			.position(LayerPosition.builder().x("50").y("50").build())
			.build()
			.toLayerString()).isEqualTo("l-image,i-displacement-map.png,lm-displace,lx-50,ly-50,l-end");
		assertThat(TextLayer.builder("Hello").mode(Layer.Mode.MULTIPLY).build().toLayerString())
			.isEqualTo("l-text,i-Hello,lm-multiply,l-end");
		assertThat(VideoLayer.builder("video.mp4").mode(Layer.Mode.MULTIPLY).build().toLayerString())
			.isEqualTo("l-video,i-video.mp4,lm-multiply,l-end");
		assertThat(SubtitleLayer.builder("subtitle.srt").mode(Layer.Mode.CUTTER).build().toLayerString())
			.isEqualTo("l-subtitles,i-subtitle.srt,lm-cutter,l-end");
		assertThat(SolidColorLayer.builder("FF0000").mode(Layer.Mode.CUTOUT).build().toLayerString())
			.isEqualTo("l-image,i-ik_canvas,bg-FF0000,lm-cutout,l-end");
	}

	@Test
	void centreCoordinatesAndAnchorPointVectors() {
		assertThat(ImageLayer.builder("logo.png")
			.position(LayerPosition.builder().xCenter(50).yCenter("bh_mul_0.5").anchorPoint(Layer.Anchor.TOP_LEFT)
				.build())
			.build()
			.toLayerString()).isEqualTo("l-image,i-logo.png,lxc-50,lyc-bh_mul_0.5,lap-top_left,l-end");
		// The vector orders lap before lfo; lx-0 is added because an anchor point needs a coordinate.
		assertThat(ImageLayer.builder("logo.png")
			.position(LayerPosition.builder().x(0).focus(Layer.Anchor.CENTER).anchorPoint(Layer.Anchor.BOTTOM_RIGHT)
				.build())
			.build()
			.toLayerString()).isEqualTo("l-image,i-logo.png,lx-0,lap-bottom_right,lfo-center,l-end");
	}

	@Test
	void signedUrlWithNonAsciiTextLayerInQueryVector() {
		String url = signedHindiUrl(TransformationPosition.QUERY);
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/sdk-testing-files/"
				+ "%E0%A4%B9%E0%A4%BF%E0%A4%A8%E0%A5%8D%E0%A4%A6%E0%A5%80.png?tr=l-text,ie-4KS54KS%2F4KSo4KWN4KSm4KWA,"
				+ "fs-32,ff-sdk-testing-files@@Poppins-Regular_Q15GrYWmL.ttf,co-red,l-end"
				+ "&ik-s=705e41579d368caa6530a4375355325277fcfe5c");
	}

	@Test
	void signedUrlWithNonAsciiTextLayerInPathVector() {
		String url = signedHindiUrl(TransformationPosition.PATH);
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/tr:l-text,ie-4KS54KS%2F4KSo4KWN4KSm4KWA,fs-32,"
				+ "ff-sdk-testing-files@@Poppins-Regular_Q15GrYWmL.ttf,co-red,l-end/sdk-testing-files/"
				+ "%E0%A4%B9%E0%A4%BF%E0%A4%A8%E0%A5%8D%E0%A4%A6%E0%A5%80.png"
				+ "?ik-s=20958f6126fd67c90653f55a49f2b7bb938d9d1c");
	}

	private String signedHindiUrl(TransformationPosition position) {
		return this.urls.url(UrlRequest.forPath("sdk-testing-files/हिन्दी.png")
			.urlEndpoint("https://ik.imagekit.io/demo/")
			.transformation(Transformation.builder()
				.layer(TextLayer.builder("हिन्दी")
					.fontColor("red")
					.fontSize(32)
					.fontFamily("sdk-testing-files/Poppins-Regular_Q15GrYWmL.ttf")
					.build())
				.build())
			.position(position)
			.signed(true)
			.build());
	}

	@Test
	void signedUrlWithLayersAndExpirySignsTheEncodedLayer() {
		long expiry = NOW.getEpochSecond() + 300;
		String url = this.urls.url(UrlRequest.forPath("/shoes/red shoe.jpg")
			.transformation(Transformation.builder()
				.width(400)
				.layer(TextLayer.builder("50% off!").position(LayerPosition.focus(Layer.Anchor.BOTTOM)).build())
				.layer(SolidColorLayer.builder("00000080").width(400).height(60).build())
				.build())
			.position(TransformationPosition.PATH)
			.expiresIn(Duration.ofMinutes(5))
			.build());
		String signedPart = "tr:w-400,l-text,ie-NTAlIG9mZiE%3D,lfo-bottom,l-end,"
				+ "l-image,i-ik_canvas,bg-00000080,w-400,h-60,l-end/shoes/red%20shoe.jpg";
		assertThat(url).isEqualTo("https://ik.imagekit.io/demo/" + signedPart + "?ik-t=" + expiry + "&ik-s="
				+ hmacSha1("dummy-key", signedPart + expiry));
	}

	@Test
	void strayDoubleAtNeverAppearsInInputPaths() {
		assertThat(ImageLayer.builder("//logos//brand.png//").build().toLayerString())
			.isEqualTo("l-image,i-logos@@brand.png,l-end");
		// A literal "@@" in a name is not a folder separator: it goes as base64 of "logos/a@@b.png".
		assertThat(ImageLayer.builder("/logos/a@@b.png").build().toLayerString())
			.isEqualTo("l-image,ie-bG9nb3MvYUBAYi5wbmc%3D,l-end")
			.doesNotContain("@@");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImageLayer.builder("a@@b.png").encoding(Layer.Encoding.PLAIN).build())
			.withMessageContaining("input");
	}

	@Test
	void typographyCombinesInOrderAndNegativeNumbersTakeN() {
		TextLayer layer = TextLayer.builder("Sale")
			.typography(Layer.Typography.STRIKETHROUGH, Layer.Typography.BOLD, Layer.Typography.ITALIC)
			.position(LayerPosition.builder().x(-20).y(-5).build())
			.timing(LayerTiming.builder().start(2.5).duration(10.25).build())
			.build();
		assertThat(layer.toLayerString())
			.isEqualTo("l-text,i-Sale,lx-N20,ly-N5,lso-2.5,ldu-10.25,tg-b_i_strikethrough,l-end");
	}

	@Test
	void layersCanBeNestedInsideImageLayers() {
		ImageLayer badge = ImageLayer.builder("badges/round.png")
			.transformation(Transformation.builder()
				.width(100)
				.layer(TextLayer.builder("NEW").fontSize(20).fontColor("FFFFFF").build())
				.build(), Transformation.builder().rotation(15).build())
			.position(LayerPosition.focus(Layer.Anchor.TOP_RIGHT))
			.build();
		assertThat(badge.toLayerString())
			.isEqualTo("l-image,i-badges@@round.png,lfo-top_right,w-100,l-text,i-NEW,fs-20,co-FFFFFF,l-end:rt-15,l-end");
	}

	@Test
	void invalidLayerArgumentsFailBeforeAnyUrlIsBuilt() {
		assertThatIllegalArgumentException().isThrownBy(() -> TextLayer.builder("").build())
			.withMessageContaining("text");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TextLayer.builder("a, b").encoding(Layer.Encoding.PLAIN).build())
			.withMessageContaining("Encoding.BASE64");
		assertThatIllegalArgumentException().isThrownBy(() -> ImageLayer.builder("/").build())
			.withMessageContaining("input");
		assertThatIllegalArgumentException().isThrownBy(() -> TextLayer.builder("a").alpha(10).build())
			.withMessageContaining("alpha");
		assertThatIllegalArgumentException().isThrownBy(() -> TextLayer.builder("a").fontColor("#FF0000").build())
			.withMessageContaining("fontColor");
		assertThatIllegalArgumentException().isThrownBy(() -> TextLayer.builder("a").width("10,h-5").build())
			.withMessageContaining("width");
		assertThatIllegalArgumentException().isThrownBy(() -> TextLayer.builder("a").fontSize(0))
			.withMessageContaining("fontSize");
		assertThatIllegalArgumentException().isThrownBy(() -> TextLayer.builder("a").fontFamily("My Font").build())
			.withMessageContaining("fontFamily");
		assertThatIllegalArgumentException().isThrownBy(() -> SolidColorLayer.builder("red").radius("1:2").build())
			.withMessageContaining("radius");
		assertThatIllegalArgumentException().isThrownBy(() -> SolidColorLayer.builder("not a colour").build())
			.withMessageContaining("color");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SubtitleLayer.builder("s.srt").typography(Layer.Typography.STRIKETHROUGH).build())
			.withMessageContaining("typography");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LayerPosition.builder().x(1).xCenter(2).build())
			.withMessageContaining("xCenter");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LayerPosition.builder().anchorPoint(Layer.Anchor.TOP).build())
			.withMessageContaining("anchorPoint");
		assertThatIllegalArgumentException().isThrownBy(() -> LayerTiming.builder().start(1.125))
			.withMessageContaining("start");
		assertThatIllegalArgumentException().isThrownBy(() -> LayerTiming.builder().end(-1))
			.withMessageContaining("end");
		assertThatIllegalArgumentException().isThrownBy(() -> LayerTiming.builder().build())
			.withMessageContaining("timing");
	}

	@Test
	void layersAreImmutable() {
		Transformation.Builder builder = Transformation.builder().layer(TextLayer.builder("a").build());
		Transformation step = builder.build();
		builder.layer(TextLayer.builder("b").build());
		assertThat(step.layers()).hasSize(1);
		assertThat(step.toStepString()).isEqualTo("l-text,i-a,l-end");
		TextLayer.Builder text = TextLayer.builder("a").typography(Layer.Typography.BOLD);
		TextLayer layer = text.build();
		text.typography(Layer.Typography.ITALIC);
		assertThat(layer.typography()).containsExactly(Layer.Typography.BOLD);
	}

}
