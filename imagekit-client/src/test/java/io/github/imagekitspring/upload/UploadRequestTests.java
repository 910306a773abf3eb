package io.github.imagekitspring.upload;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.imagekitspring.extensions.Extension;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class UploadRequestTests {

	@Test
	void onlyTheFileNameIsSentWhenNothingElseIsSet() {
		assertThat(UploadRequest.builder("photo.jpg").build().wireFields())
			.containsExactly(entry("fileName", "photo.jpg"));
	}

	@Test
	void wireFieldsHoldEveryFieldExactlyAsSent() {
		UploadRequest request = UploadRequest.builder("photo.jpg")
			.useUniqueFileName(false)
			.tags("t-shirt", "round-neck", "men")
			.folder("/products/summer_2025/ümlaut-ok")
			.isPrivateFile(false)
			.isPublished(true)
			.customCoordinates("10,10,100,100")
			.responseFields(ResponseField.TAGS, ResponseField.CUSTOM_COORDINATES, ResponseField.IS_PRIVATE_FILE)
			.extensions(Extension.googleAutoTagging(5, 95), Extension.aiAutoDescription())
			.webhookUrl(URI.create("https://example.com/hook"))
			.overwriteFile(false)
			.overwriteAITags(false)
			.overwriteTags(false)
			.overwriteCustomMetadata(true)
			.customMetadata("brand", "Nike")
			.customMetadata("size", 42)
			.transformation(new UploadTransformation("w-300,h-300,q-80",
					List.of(new UploadTransformation.Thumbnail("w-150,h-150"),
							new UploadTransformation.Transform("w-200"), new UploadTransformation.GifToVideo(null),
							new UploadTransformation.AdaptiveBitrateStreaming("sr-240_360_480_720_1080",
									UploadTransformation.StreamingProtocol.DASH))))
			.checks("\"request.folder\" : \"marketing/\"")
			.description("Running shoes")
			.build();
		assertThat(request.wireFields()).containsExactly(entry("fileName", "photo.jpg"),
				entry("useUniqueFileName", "false"), entry("tags", "t-shirt,round-neck,men"),
				entry("folder", "/products/summer_2025/ümlaut-ok"), entry("isPrivateFile", "false"),
				entry("isPublished", "true"), entry("customCoordinates", "10,10,100,100"),
				entry("responseFields", "tags,customCoordinates,isPrivateFile"),
				entry("extensions",
						"[{\"name\":\"google-auto-tagging\",\"minConfidence\":95,\"maxTags\":5},"
								+ "{\"name\":\"ai-auto-description\"}]"),
				entry("webhookUrl", "https://example.com/hook"), entry("overwriteFile", "false"),
				entry("overwriteAITags", "false"), entry("overwriteTags", "false"),
				entry("overwriteCustomMetadata", "true"), entry("customMetadata", "{\"brand\":\"Nike\",\"size\":42}"),
				entry("transformation",
						"{\"pre\":\"w-300,h-300,q-80\",\"post\":[{\"type\":\"thumbnail\",\"value\":\"w-150,h-150\"},"
								+ "{\"type\":\"transformation\",\"value\":\"w-200\"},{\"type\":\"gif-to-video\"},"
								+ "{\"type\":\"abs\",\"value\":\"sr-240_360_480_720_1080\",\"protocol\":\"dash\"}]}"),
				entry("checks", "\"request.folder\" : \"marketing/\""), entry("description", "Running shoes"));
	}

	@Test
	void postOnlyTransformationLeavesOutPre() {
		UploadRequest request = UploadRequest.builder("a.mp4")
			.transformation(UploadTransformation.post(new UploadTransformation.AdaptiveBitrateStreaming("sr-240",
					UploadTransformation.StreamingProtocol.HLS)))
			.build();
		assertThat(request.wireFields()).containsEntry("transformation",
				"{\"post\":[{\"type\":\"abs\",\"value\":\"sr-240\",\"protocol\":\"hls\"}]}");
	}

	@Test
	void missingFileNameIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> UploadRequest.builder(" ").build())
			.withMessageContaining("fileName");
	}

	@Test
	void folderWithForbiddenCharactersIsRejected() {
		for (String folder : List.of("a b", "a.b", "../x", "x?y", "x%2F")) {
			assertThatIllegalArgumentException().isThrownBy(() -> UploadRequest.builder("a.jpg").folder(folder).build())
				.withMessageContaining("folder");
		}
		assertThat(UploadRequest.builder("a.jpg").folder("/ordner/日本語_2-x/").build().folder())
			.isEqualTo("/ordner/日本語_2-x/");
	}

	@Test
	void tagsWithPercentOrTooLongAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> UploadRequest.builder("a.jpg").tags("50%").build())
			.withMessageContaining("tags")
			.withMessageContaining("%");
		assertThatIllegalArgumentException().isThrownBy(() -> UploadRequest.builder("a.jpg").tags("a,b").build())
			.withMessageContaining("tags");
		String tag = "x".repeat(250);
		// 250 + 1 (comma) + 250 = 501 characters once joined.
		assertThatIllegalArgumentException().isThrownBy(() -> UploadRequest.builder("a.jpg").tags(tag, tag).build())
			.withMessageContaining("tags")
			.withMessageContaining("500");
		assertThat(UploadRequest.builder("a.jpg").tags("x".repeat(249), tag).build().wireFields().get("tags"))
			.hasSize(500);
	}

	@Test
	void otherInvalidFieldsAreRejectedNamingThem() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UploadRequest.builder("a.jpg").customCoordinates("10,10").build())
			.withMessageContaining("customCoordinates");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UploadRequest.builder("a.jpg").webhookUrl(URI.create("/relative")).build())
			.withMessageContaining("webhookUrl");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UploadTransformation(null, Collections.emptyList()))
			.withMessageContaining("transformation");
	}

	@Test
	void wireFieldsCannotBeChanged() {
		Map<String, String> fields = UploadRequest.builder("a.jpg").build().wireFields();
		assertThat(fields).isUnmodifiable();
	}

}
