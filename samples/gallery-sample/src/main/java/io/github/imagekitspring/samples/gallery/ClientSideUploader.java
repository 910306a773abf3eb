package io.github.imagekitspring.samples.gallery;

import java.util.Map;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;
import io.github.imagekitspring.upload.UploadAuthParameters;
import io.github.imagekitspring.upload.UploadAuthentication;
import io.github.imagekitspring.upload.UploadRequest;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Uploads the way the page does: a multipart POST to the upload API with one-time client-side parameters.
 */
@Component
public class ClientSideUploader {

	/**
	 * What an upload answered.
	 *
	 * @param fileId the new file's id
	 * @param filePath its path
	 * @param requestId ImageKit's {@code x-ik-requestId}
	 */
	public record Uploaded(String fileId, String filePath, String requestId) {
	}

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final WebClient webClient;

	private final String uploadUrl;

	private final UploadAuthentication authentication;

	public ClientSideUploader(WebClient.Builder webClient, ImageKitConnectionDetails account,
			UploadAuthentication authentication) {
		this.webClient = webClient.build();
		this.uploadUrl = account.getUploadBaseUrl() + "/api/v1/files/upload";
		this.authentication = authentication;
	}

	/**
	 * Uploads a file.
	 * @param request the upload's fields
	 * @param bytes the file
	 * @return the new file
	 */
	public Mono<Uploaded> upload(UploadRequest request, byte[] bytes) {
		return Mono.defer(() -> {
			UploadAuthParameters auth = this.authentication.authenticationParameters();
			MultipartBodyBuilder body = new MultipartBodyBuilder();
			body.part("file", new ByteArrayResource(bytes)).filename(request.fileName());
			request.wireFields().forEach(body::part);
			body.part("publicKey", auth.publicKey());
			body.part("signature", auth.signature());
			body.part("expire", String.valueOf(auth.expire()));
			body.part("token", auth.token());
			return this.webClient.post()
				.uri(this.uploadUrl)
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(BodyInserters.fromMultipartData(body.build()))
				.exchangeToMono((response) -> response.bodyToMono(JSON_OBJECT).map((json) -> {
					if (!response.statusCode().is2xxSuccessful()) {
						throw new IllegalStateException("Upload of " + request.fileName() + " failed with HTTP "
								+ response.statusCode().value() + ": " + json.get("message"));
					}
					return new Uploaded((String) json.get("fileId"), (String) json.get("filePath"),
							response.headers().asHttpHeaders().getFirst("x-ik-requestId"));
				}));
		});
	}

}
