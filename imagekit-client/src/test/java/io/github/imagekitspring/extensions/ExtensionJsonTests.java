package io.github.imagekitspring.extensions;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.github.imagekitspring.upload.UploadRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExtensionJsonTests {

	private static final TypeReference<List<Extension>> EXTENSIONS = new TypeReference<>() {
	};

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void writesEachExtensionWithItsNameFirst() {
		List<Extension> extensions = List.of(
				Extension.removeBackground(new RemoveBackground.Options(true, null, "green", null)),
				Extension.googleAutoTagging(5, 95), Extension.awsAutoTagging(10, 80), Extension.aiAutoDescription(),
				Extension.aiTasks(new AiTask.SelectTags("Which clothes?", List.of("shirt", "dress"), null, 2),
						new AiTask.SelectMetadata("Colour?", "primary_color", List.of("red", 1, true), 1, null),
						new AiTask.YesNo("Luxury?", AiTaskAction.addTags("luxury", "premium"), null,
								new AiTaskAction(null, List.of("x"), List.of(new AiTaskAction.SetMetadata("price", 3)),
										List.of(new AiTaskAction.UnsetMetadata("old"))))),
				Extension.savedExtension("ext_abc123"));
		assertThat(this.mapper.writeValueAsString(extensions)).isEqualTo("["
				+ "{\"name\":\"remove-bg\",\"options\":{\"add_shadow\":true,\"bg_color\":\"green\"}},"
				+ "{\"name\":\"google-auto-tagging\",\"minConfidence\":95,\"maxTags\":5},"
				+ "{\"name\":\"aws-auto-tagging\",\"minConfidence\":80,\"maxTags\":10},"
				+ "{\"name\":\"ai-auto-description\"},"
				+ "{\"name\":\"ai-tasks\",\"tasks\":["
				+ "{\"type\":\"select_tags\",\"instruction\":\"Which clothes?\",\"vocabulary\":[\"shirt\",\"dress\"],\"max_selections\":2},"
				+ "{\"type\":\"select_metadata\",\"instruction\":\"Colour?\",\"field\":\"primary_color\",\"vocabulary\":[\"red\",1,true],\"min_selections\":1},"
				+ "{\"type\":\"yes_no\",\"instruction\":\"Luxury?\",\"on_yes\":{\"add_tags\":[\"luxury\",\"premium\"]},"
				+ "\"on_unknown\":{\"remove_tags\":[\"x\"],\"set_metadata\":[{\"field\":\"price\",\"value\":3}],\"unset_metadata\":[{\"field\":\"old\"}]}}]},"
				+ "{\"name\":\"saved-extension\",\"id\":\"ext_abc123\"}]");
	}

	@Test
	void readsWhatItWrites() {
		List<Extension> extensions = List.of(Extension.removeBackground(), Extension.googleAutoTagging(5, 95),
				Extension.awsAutoTagging(3, 50), Extension.aiAutoDescription(),
				Extension.aiTasks(new AiTask.YesNo("Luxury?", AiTaskAction.addTags("luxury"), null, null)),
				Extension.savedExtension("ext_1"));
		List<Extension> read = this.mapper.readValue(this.mapper.writeValueAsString(extensions), EXTENSIONS);
		assertThat(read).isEqualTo(extensions);
	}

	@Test
	void unknownNamesAreKeptRaw() {
		String json = "[{\"name\":\"future-extension\",\"level\":3,\"nested\":{\"a\":[1,2]}}]";
		List<Extension> read = this.mapper.readValue(json, EXTENSIONS);
		assertThat(read).singleElement().isInstanceOfSatisfying(UnknownExtension.class, (unknown) -> {
			assertThat(unknown.name()).isEqualTo("future-extension");
			assertThat(unknown.raw()).containsEntry("level", 3);
		});
		assertThat(this.mapper.writeValueAsString(read)).isEqualTo(json);
	}

	@Test
	void readsTheSpecExample() {
		String json = """
				[{"name":"remove-bg","options":{"add_shadow":true,"bg_colour":"green"}},
				 {"name":"google-auto-tagging","maxTags":5,"minConfidence":95},
				 {"name":"ai-auto-description"},
				 {"name":"ai-tasks","tasks":[
				   {"type":"select_tags","instruction":"What types of clothing items are visible in this image?",
				    "vocabulary":["shirt","tshirt","dress","trousers","jacket"]},
				   {"type":"yes_no","instruction":"Is this a luxury or high-end fashion item?",
				    "on_yes":{"add_tags":["luxury","premium"]}}]},
				 {"name":"saved-extension","id":"ext_abc123"}]""";
		List<Extension> read = this.mapper.readValue(json, EXTENSIONS);
		assertThat(read).extracting(Extension::name)
			.containsExactly("remove-bg", "google-auto-tagging", "ai-auto-description", "ai-tasks", "saved-extension");
		assertThat(read.get(1)).isEqualTo(Extension.googleAutoTagging(5, 95));
		assertThat(((AiTasks) read.get(3)).tasks().get(1))
			.isEqualTo(new AiTask.YesNo("Is this a luxury or high-end fashion item?",
					AiTaskAction.addTags("luxury", "premium"), null, null));
	}

	@Test
	void rejectsInvalidExtensionsWhereRequestsAreBuilt() {
		assertThatIllegalArgumentException().isThrownBy(() -> Extension.aiTasks())
			.withMessageContaining("tasks");
		AiTask task = new AiTask.SelectTags("q", null, null, null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Extension.requireValidRequest(new AiTasks(java.util.Collections.nCopies(11, task))))
			.withMessageContaining("tasks");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Extension.removeBackground(new RemoveBackground.Options(null, null, "red", "https://x")))
			.withMessageContaining("bgColor");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UploadRequest.builder("a.jpg")
				.extensions(new AiTasks(List.of(new AiTask.SelectTags(" ", null, null, null))))
				.build())
			.withMessageContaining("instruction");
	}

	@Test
	void readsWhatTheServerSendsEvenWhereARequestWouldBeRefused() {
		List<Extension> read = this.mapper.readValue("[{\"name\":\"remove-bg\",\"options\":{\"bg_color\":\"\",\"bg_image_url\":\"\"}},"
					+ "{\"name\":\"ai-tasks\",\"tasks\":[]},{\"name\":\"google-auto-tagging\",\"maxTags\":0,"
					+ "\"minConfidence\":101}]", EXTENSIONS);
		assertThat(read).hasSize(3);
		assertThat(((RemoveBackground) read.get(0)).options().bgImageUrl()).isEmpty();
	}

}
