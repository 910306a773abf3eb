package io.github.imagekitspring.samples.gallery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;
import io.github.imagekitspring.autoconfigure.emulator.EmulatorConnectionDetails;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.upload.UploadAuthParameters;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST endpoints behind the page. Uploads do not pass through here: the browser sends them straight to
 * ImageKit's upload API with one-time parameters from {@code /api/upload-auth}.
 */
@RestController
@RequestMapping("/api")
public class GalleryController {

	private final Gallery gallery;

	private final ImageKitOperations imageKit;

	private final ImageKitConnectionDetails account;

	public GalleryController(Gallery gallery, ImageKitOperations imageKit, ImageKitConnectionDetails account) {
		this.gallery = gallery;
		this.imageKit = imageKit;
		this.account = account;
	}

	/**
	 * Where the browser uploads to, with which public key.
	 * @param uploadUrl ImageKit's v1 upload endpoint
	 * @param publicKey the account's public key
	 * @param urlEndpoint the account's URL endpoint
	 * @param emulator whether this is the embedded emulator rather than ImageKit
	 */
	public record GalleryConfig(String uploadUrl, @Nullable String publicKey, @Nullable String urlEndpoint,
			boolean emulator) {
	}

	/**
	 * Tags to add.
	 * @param tags the tags
	 */
	public record TagsRequest(List<String> tags) {
	}

	@GetMapping("/config")
	GalleryConfig config() {
		return new GalleryConfig(this.account.getUploadBaseUrl() + "/api/v1/files/upload", this.account.getPublicKey(),
				this.account.getUrlEndpoint(), this.account instanceof EmulatorConnectionDetails);
	}

	/** One-time parameters for one browser upload. A real application would check who is asking first. */
	@GetMapping("/upload-auth")
	ResponseEntity<UploadAuthParameters> uploadAuth() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.imageKit.uploads().authenticationParameters());
	}

	@GetMapping("/files")
	Mono<GalleryListing> files(@RequestParam(required = false) @Nullable String search) {
		return this.gallery.list(search);
	}

	@DeleteMapping("/files/{fileId}")
	Mono<Map<String, String>> delete(@PathVariable String fileId) {
		return this.gallery.delete(fileId).map((requestId) -> Map.of("requestId", requestId));
	}

	@PostMapping("/files/{fileId}/tags")
	Mono<GalleryImage> addTags(@PathVariable String fileId, @RequestBody TagsRequest request) {
		return this.gallery.addTags(fileId, request.tags());
	}

	/** ImageKit's own status and message, with the request id ImageKit support asks for. */
	@ExceptionHandler
	ResponseEntity<Map<String, @Nullable Object>> imageKitError(ImageKitServiceException ex) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("message", ex.errorMessage());
		body.put("requestId", ex.requestId());
		HttpStatus status = HttpStatus.resolve(ex.statusCode());
		return ResponseEntity.status((status != null) ? status : HttpStatus.BAD_GATEWAY).body(body);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, @Nullable Object>> badArgument(IllegalArgumentException ex) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("message", ex.getMessage());
		return ResponseEntity.badRequest().body(body);
	}

}
