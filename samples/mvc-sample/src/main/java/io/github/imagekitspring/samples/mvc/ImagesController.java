package io.github.imagekitspring.samples.mvc;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;
import io.github.imagekitspring.urls.UrlRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Images stored in ImageKit, in both styles a Spring MVC controller can use: returning the {@code Mono}/{@code Flux}
 * (the servlet thread is released while ImageKit answers), or blocking with a bound shorter than the servlet's
 * patience. Failures become {@code ProblemDetail} answers in {@link ImageKitProblemDetails}.
 */
@RestController
@RequestMapping("/images")
class ImagesController {

	/** How long a blocked servlet thread waits at most; the call itself may take up to imagekit.retry.call-timeout. */
	private static final Duration BLOCK_TIMEOUT = Duration.ofSeconds(10);

	private static final String FOLDER = "/mvc-sample";

	private final ImageKitOperations imageKit;

	ImagesController(ImageKitOperations imageKit) {
		this.imageKit = imageKit;
	}

	/** Reactive style: MVC subscribes to the Mono and writes the answer when it completes. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Image> upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") List<String> tags) {
		// A MultipartFile is an InputStreamSource: streamed, never copied into memory, and read again if retried.
		UploadRequest request = UploadRequest.builder(fileName(file)).folder(FOLDER).tags(tags).build();
		return this.imageKit.uploads()
			.upload(UploadSource.fromInputStream(file), request)
			.cast(UploadedFile.class)
			.map((uploaded) -> new Image(uploaded.fileId(), uploaded.name(), uploaded.filePath(), uploaded.width(),
					uploaded.height(), uploaded.size()));
	}

	/** Reactive style: a Flux is written as a JSON array. */
	@GetMapping
	Flux<Image> list() {
		return this.imageKit.files()
			.listAll(ListFilesRequest.builder().path(FOLDER).limit(100).build())
			.ofType(FileDetails.class)
			.map(ImagesController::image);
	}

	/** Blocking style: the servlet thread waits, at most {@link #BLOCK_TIMEOUT}. */
	@GetMapping("/{fileId}")
	Image get(@PathVariable String fileId) {
		return image(this.imageKit.files().get(fileId).block(BLOCK_TIMEOUT));
	}

	/** A signed delivery URL, valid for {@code expires}; signing is local, fetching the path is a call. */
	@GetMapping("/{fileId}/signed-url")
	SignedUrl signedUrl(@PathVariable String fileId, @RequestParam(defaultValue = "PT1H") Duration expires) {
		FileDetails file = this.imageKit.files().get(fileId).block(BLOCK_TIMEOUT);
		String url = this.imageKit.urls().url(UrlRequest.forPath(file.filePath()).expiresIn(expires).build());
		return new SignedUrl(url, expires);
	}

	@DeleteMapping("/{fileId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String fileId) {
		this.imageKit.files().delete(fileId).block(BLOCK_TIMEOUT);
	}

	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return (name == null || name.isBlank()) ? "upload" : name;
	}

	private static Image image(FileDetails file) {
		return new Image(file.fileId(), file.name(), file.filePath(), file.width(), file.height(), file.size());
	}

	record Image(String fileId, String name, String filePath, Integer width, Integer height, Long size) {
	}

	record SignedUrl(String url, Duration expiresIn) {
	}

}
