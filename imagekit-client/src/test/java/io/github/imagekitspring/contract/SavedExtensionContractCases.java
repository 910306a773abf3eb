package io.github.imagekitspring.contract;

import java.util.List;

import io.github.imagekitspring.extensions.AiTask;
import io.github.imagekitspring.extensions.AiTaskAction;
import io.github.imagekitspring.extensions.AiTasks;
import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.extensions.RemoveBackground;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.savedextensions.CreateSavedExtensionRequest;
import io.github.imagekitspring.savedextensions.UpdateSavedExtensionRequest;

/**
 * The saved-extension group. The spec gives no example answer for these operations (their schemas are references
 * without examples), so the cases answer with a {@code SavedExtension} written from the spec's schema and its
 * property examples.
 */
class SavedExtensionContractCases implements ContractCases {

	private static final String SAVED_EXTENSION = """
			{"id":"ext_abc123","name":"Car Quality Analysis",
			 "description":"Analyzes vehicle images for type, condition, and quality assessment",
			 "config":{"name":"ai-tasks","tasks":[
			   {"type":"select_tags","instruction":"What types of clothing items are visible in this image?",
			    "vocabulary":["shirt","tshirt","dress","trousers","jacket"]},
			   {"type":"yes_no","instruction":"Is this a luxury or high-end fashion item?",
			    "on_yes":{"add_tags":["luxury","premium"]}}]},
			 "createdAt":"2026-01-01T10:00:00Z","updatedAt":"2026-01-02T10:00:00Z"}
			""";

	@Override
	public List<ContractCase> cases() {
		AiTasks aiTasks = new AiTasks(List.of(
				new AiTask.SelectTags("What types of clothing items are visible in this image?",
						List.of("shirt", "tshirt", "dress"), 1, 2),
				new AiTask.SelectMetadata("What is the primary color of the clothing?", "primary_color",
						List.of("red", "blue"), null, null),
				new AiTask.YesNo("Is this a luxury or high-end fashion item?", AiTaskAction.addTags("luxury"), null,
						null)));
		return List.of(
				ContractCase.spec("list", ImageKitOperation.SAVED_EXTENSIONS_LIST,
						(imageKit) -> imageKit.savedExtensions().list(), 200, "[" + SAVED_EXTENSION + "]"),
				ContractCase.spec("create with AI tasks", ImageKitOperation.SAVED_EXTENSIONS_CREATE,
						(imageKit) -> imageKit.savedExtensions()
							.create(new CreateSavedExtensionRequest("Car Quality Analysis", "Analyzes vehicle images",
									aiTasks)),
						201, SAVED_EXTENSION),
				ContractCase.spec("create with auto tagging", ImageKitOperation.SAVED_EXTENSIONS_CREATE,
						(imageKit) -> imageKit.savedExtensions()
							.create(new CreateSavedExtensionRequest("Tags", "Google tags",
									Extension.googleAutoTagging(5, 80))),
						201, SAVED_EXTENSION),
				ContractCase.spec("create with background removal", ImageKitOperation.SAVED_EXTENSIONS_CREATE,
						(imageKit) -> imageKit.savedExtensions()
							.create(new CreateSavedExtensionRequest("No background", "Green background",
									Extension.removeBackground(new RemoveBackground.Options(true, null, "green", null)))),
						201, SAVED_EXTENSION),
				ContractCase.spec("get", ImageKitOperation.SAVED_EXTENSIONS_GET,
						(imageKit) -> imageKit.savedExtensions().get("ext_abc123"), 200, SAVED_EXTENSION),
				ContractCase.spec("update every field", ImageKitOperation.SAVED_EXTENSIONS_UPDATE,
						(imageKit) -> imageKit.savedExtensions()
							.update("ext_abc123",
									UpdateSavedExtensionRequest.builder()
										.name("Renamed")
										.description("Describes images")
										.config(Extension.aiAutoDescription())
										.build()),
						200, SAVED_EXTENSION),
				ContractCase.spec("update the description", ImageKitOperation.SAVED_EXTENSIONS_UPDATE,
						(imageKit) -> imageKit.savedExtensions()
							.update("ext_abc123", UpdateSavedExtensionRequest.builder().description("New").build()),
						200, SAVED_EXTENSION),
				ContractCase.spec("delete", ImageKitOperation.SAVED_EXTENSIONS_DELETE,
						(imageKit) -> imageKit.savedExtensions().delete("ext_abc123")));
	}

}
