package io.github.imagekitspring.samples.gallery;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.files.AssetSort;
import io.github.imagekitspring.files.AssetType;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.urls.Transformation;
import io.github.imagekitspring.urls.UrlOperations;
import io.github.imagekitspring.urls.UrlRequest;

import org.springframework.stereotype.Service;

/**
 * What the page can do with the media library, through the starter only.
 */
@Service
public class Gallery {

	/** The grid shows at most this many images. */
	static final int PAGE_SIZE = 100;

	private final ImageKitOperations imageKit;

	public Gallery(ImageKitOperations imageKit) {
		this.imageKit = imageKit;
	}

	/**
	 * The newest images, or those whose name starts with {@code search}.
	 * @param search the start of a name, or {@code null} or blank for all
	 * @return the images and the request id
	 */
	public Mono<GalleryListing> list(@Nullable String search) {
		ListFilesRequest.Builder request = ListFilesRequest.builder()
			.type(AssetType.FILE)
			.sort(AssetSort.DESC_CREATED)
			.limit(PAGE_SIZE);
		if (search != null && !search.isBlank()) {
			request.searchQuery(filesNamed(search));
		}
		return this.imageKit.files().withResponse().list(request.build()).map((response) -> {
			List<GalleryImage> images = new ArrayList<>();
			response.requiredBody().items().forEach((asset) -> {
				if (asset instanceof FileDetails file) {
					images.add(toImage(file));
				}
			});
			return new GalleryListing(response.requestId(), images);
		});
	}

	/**
	 * Adds tags to an image, keeping those it has: ImageKit's bulk add-tags for one file.
	 * @param fileId the file id
	 * @param tags the tags to add
	 * @return the image as it is now
	 */
	public Mono<GalleryImage> addTags(String fileId, List<String> tags) {
		return this.imageKit.files().addTags(List.of(fileId), tags).then(this.imageKit.files().get(fileId)).map(this::toImage);
	}

	/**
	 * Deletes an image and its versions.
	 * @param fileId the file id
	 * @return the request id of the delete
	 */
	public Mono<String> delete(String fileId) {
		return this.imageKit.files().withResponse().delete(fileId).mapNotNull(ImageKitResponse::requestId);
	}

	/**
	 * The view of a file, with delivery URLs from the URL builder.
	 * @param file the file
	 * @return the image
	 */
	public GalleryImage toImage(FileDetails file) {
		UrlOperations urls = this.imageKit.urls();
		String url = urls.url(UrlRequest.forPath(file.filePath()).build());
		String thumbnail = urls.url(UrlRequest.forPath(file.filePath())
			.transformation(Transformation.builder().width("300").height("300").build())
			.build());
		return new GalleryImage(file.fileId(), file.name(), file.filePath(), (file.tags() != null) ? file.tags() : List.of(),
				file.width(), file.height(), file.size(), url, thumbnail, file.createdAt());
	}

	/**
	 * ImageKit's query for files (not folders) whose name starts with the text. With a search query ImageKit ignores
	 * the {@code type} parameter, so the query says it. Quotes and backslashes are dropped from the text.
	 */
	static String filesNamed(String text) {
		return "type = \"file\" AND name : \"" + text.strip().replace("\\", "").replace("\"", "") + "\"";
	}

}
