package io.github.imagekitspring.samples.gallery;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitPage;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.accounts.Usage;
import io.github.imagekitspring.cache.PurgeRequest;
import io.github.imagekitspring.cache.PurgeStatus;
import io.github.imagekitspring.files.Asset;
import io.github.imagekitspring.files.AssetType;
import io.github.imagekitspring.files.BulkTagResult;
import io.github.imagekitspring.files.CopyFileRequest;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.folders.BulkJob;
import io.github.imagekitspring.folders.BulkJobStarted;
import io.github.imagekitspring.folders.CopyFolderRequest;
import io.github.imagekitspring.folders.CreateFolderRequest;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;
import io.github.imagekitspring.urls.UrlRequest;

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

	private static final Duration WAIT = Duration.ofMinutes(1);

	private final ImageKitOperations imageKit;

	private final ConfigurableApplicationContext context;

	private final Environment environment;

	private final PrintStream out = System.out;

	public GalleryTour(ImageKitOperations imageKit, ConfigurableApplicationContext context, Environment environment) {
		this.imageKit = imageKit;
		this.context = context;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("tour") && !this.environment.getProperty("gallery.tour", Boolean.class, false)) {
			return;
		}
		UploadedFile file = upload("upload", DemoImages.ALL.get(0));

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

		List<String> tags = List.of("tour", "sample");
		ImageKitResponse<BulkTagResult> tagged = this.imageKit.files()
			.withResponse()
			.addTags(List.of(file.fileId()), tags)
			.block();
		step("tag", tagged.requiredBody().successfullyUpdatedFileIds().size() + " file tagged " + tags, tagged.requestId());

		String copies = FOLDER + "/copies/";
		ImageKitResponse<Void> copied = this.imageKit.files()
			.withResponse()
			.copy(CopyFileRequest.of(file.filePath(), copies))
			.block();
		step("copy", file.filePath() + " to " + copies, copied.requestId());

		upload("overwrite", DemoImages.ALL.get(1));
		ImageKitResponse<List<FileDetails>> versions = this.imageKit.files()
			.versions()
			.withResponse()
			.list(file.fileId())
			.block();
		step("versions", file.name() + " has " + versions.requiredBody().size() + " versions", versions.requestId());

		String target = "/archive";
		this.imageKit.folders().create(new CreateFolderRequest("archive", "/")).block();
		ImageKitResponse<BulkJobStarted> started = this.imageKit.folders()
			.withResponse()
			.copy(CopyFolderRequest.of(FOLDER, target))
			.block();
		BulkJob job = this.imageKit.folders().awaitJob(started.requiredBody().jobId(), WAIT).block();
		step("folder", "copy " + FOLDER + " to " + target + ": job " + job.jobId() + " " + job.status(), started.requestId());

		String url = this.imageKit.urls().url(UrlRequest.forPath(file.filePath()).build());
		ImageKitResponse<PurgeRequest> purge = this.imageKit.cache().withResponse().purge(url).block();
		PurgeStatus purged = this.imageKit.cache().awaitPurge(purge.requiredBody().requestId(), WAIT).block();
		step("purge", url + " " + purged.status(), purge.requestId());

		LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
		LocalDate monthAgo = tomorrow.minusDays(30);
		ImageKitResponse<Usage> usage = this.imageKit.accounts().withResponse().usage(monthAgo, tomorrow).block();
		step("usage", usage.requiredBody().mediaLibraryStorageBytes() + " bytes stored, "
				+ usage.requiredBody().bandwidthBytes() + " bytes delivered since " + monthAgo, usage.requestId());

		this.out.println("tour: done");
		SpringApplication.exit(this.context);
	}

	private UploadedFile upload(String step, DemoImages.DemoImage image) {
		ImageKitResponse<UploadResult> response = this.imageKit.uploads()
			.withResponse()
			.upload(UploadSource.of(image.png(320, 200)),
					UploadRequest.builder("tour.png").folder(FOLDER).useUniqueFileName(false).build())
			.block();
		if (!(response.requiredBody() instanceof UploadedFile file)) {
			throw new IllegalStateException("ImageKit queued the upload instead of storing it: " + response.requiredBody());
		}
		step(step, file.filePath() + " as " + file.fileId() + versionOf(file), response.requestId());
		return file;
	}

	private static String versionOf(UploadedFile file) {
		return (file.versionInfo() != null) ? ", version " + file.versionInfo().id() : "";
	}

	private void step(String name, String result, @Nullable String requestId) {
		this.out.printf("tour: %-9s %s (request id: %s)%n", name, result, requestId);
	}

}
