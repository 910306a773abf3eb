package io.github.imagekitspring.samples.gallery;

import java.io.PrintStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitPage;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.files.Asset;
import io.github.imagekitspring.files.AssetType;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.files.UpdateFileRequest;
import io.github.imagekitspring.upload.UploadRequest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With {@code --tour} (or {@code gallery.tour=true}): walks through the API, prints each result with ImageKit's
 * request id, and exits.
 */
@Component
@Order(1)
public class GalleryTour implements ApplicationRunner {

	/** Where the tour works, apart from the gallery's pictures. */
	static final String FOLDER = "/tour";

	private final ImageKitOperations imageKit;

	private final ClientSideUploader uploader;

	private final ConfigurableApplicationContext context;

	private final Environment environment;

	private final PrintStream out = System.out;

	public GalleryTour(ImageKitOperations imageKit, ClientSideUploader uploader, ConfigurableApplicationContext context,
			Environment environment) {
		this.imageKit = imageKit;
		this.uploader = uploader;
		this.context = context;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("tour") && !this.environment.getProperty("gallery.tour", Boolean.class, false)) {
			return;
		}
		ClientSideUploader.Uploaded uploaded = this.uploader
			.upload(UploadRequest.builder("tour.png").folder(FOLDER).useUniqueFileName(false).build(),
					DemoImages.ALL.get(0).png(320, 200))
			.block();
		step("upload", uploaded.filePath() + " as " + uploaded.fileId(), uploaded.requestId());

		ImageKitResponse<ImageKitPage<Asset>> listed = this.imageKit.files()
			.withResponse()
			.list(ListFilesRequest.builder().type(AssetType.FILE).build())
			.block();
		step("list", listed.requiredBody().items().size() + " files", listed.requestId());

		String query = Gallery.filesNamed("tour");
		ImageKitResponse<ImageKitPage<Asset>> found = this.imageKit.files()
			.withResponse()
			.list(ListFilesRequest.builder().searchQuery(query).build())
			.block();
		step("search", query + " found " + found.requiredBody().items().size(), found.requestId());

		ImageKitResponse<FileDetails> tagged = this.imageKit.files()
			.withResponse()
			.update(uploaded.fileId(), UpdateFileRequest.builder().tags(List.of("tour", "sample")).build())
			.block();
		step("tag", tagged.requiredBody().name() + " tagged " + tagged.requiredBody().tags(), tagged.requestId());

		this.out.println("tour: done");
		SpringApplication.exit(this.context);
	}

	private void step(String name, String result, @Nullable String requestId) {
		this.out.printf("tour: %-8s %s (request id: %s)%n", name, result, requestId);
	}

}
