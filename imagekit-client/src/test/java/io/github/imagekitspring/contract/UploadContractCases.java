package io.github.imagekitspring.contract;

import java.net.URI;
import java.util.List;
import java.util.function.Predicate;

import io.swagger.v3.oas.models.media.Schema;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.extensions.AiTask;
import io.github.imagekitspring.extensions.AiTaskAction;
import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.upload.PreTransformQueued;
import io.github.imagekitspring.upload.ResponseField;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadTransformation;
import io.github.imagekitspring.upload.UploadedFile;

/**
 * Uploads v1 and v2. Their multipart bodies are checked against the spec's {@code multipart/form-data} schemas by
 * {@link MultipartBodyContract}; the spec's three 200 examples and its 202 answer must parse into the results.
 */
class UploadContractCases implements ContractCases {

	private static final byte[] CONTENT = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };

	@Override
	public List<ContractCase> cases() {
		String video = ImageKitSpec.componentExample("UploadResonseVideo");
		String embeddedMetadata = ImageKitSpec.componentExample("UploadResponseWithEmbeddedMetadata");
		return List.of(
				ContractCase.spec("v1 with every field, answered with the image example",
						ImageKitOperation.FILES_UPLOAD,
						(imageKit) -> uploaded(imageKit.uploads().upload(UploadSource.of(CONTENT), everyField()),
								(file) -> file.versionInfo() != null && file.height() != null)),
				ContractCase.spec("v1 with only the required fields", ImageKitOperation.FILES_UPLOAD,
						(imageKit) -> imageKit.uploads()
							.upload(UploadSource.of(CONTENT), UploadRequest.builder("photo.jpg").build())),
				ContractCase.spec("v1 from a remote URL, answered with the video example",
						ImageKitOperation.FILES_UPLOAD,
						(imageKit) -> uploaded(
								imageKit.uploads()
									.upload(UploadSource.fromUrl(URI.create("https://www.example.com/video.mp4")),
											UploadRequest.builder("video.mp4").build()),
								(file) -> file.duration() != null && file.metadata() != null),
						200, video),
				ContractCase.spec("v1 from Base64, answered with the embedded metadata example",
						ImageKitOperation.FILES_UPLOAD,
						(imageKit) -> uploaded(
								imageKit.uploads()
									.upload(UploadSource.base64("data:image/jpeg;base64,/9j/4AAQ"),
											UploadRequest.builder("photo.jpg")
												.responseFields(ResponseField.EMBEDDED_METADATA)
												.build()),
								(file) -> file.embeddedMetadata() != null && file.metadata() != null),
						200, embeddedMetadata),
				ContractCase.spec("v1 with a pre-transformation, answered 202", ImageKitOperation.FILES_UPLOAD,
						(imageKit) -> queued(imageKit, false), 202, queuedAnswer(ImageKitOperation.FILES_UPLOAD)),
				ContractCase.spec("v2 with every field, answered with the image example",
						ImageKitOperation.FILES_UPLOAD_V2,
						(imageKit) -> uploaded(imageKit.uploads().uploadV2(UploadSource.of(CONTENT), everyField()),
								(file) -> file.fileId() != null)),
				ContractCase.spec("v2 from a remote URL, answered with the video example",
						ImageKitOperation.FILES_UPLOAD_V2,
						(imageKit) -> uploaded(
								imageKit.uploads()
									.uploadV2(UploadSource.fromUrl(URI.create("https://www.example.com/video.mp4")),
											UploadRequest.builder("video.mp4").build()),
								(file) -> file.videoCodec() != null),
						200, video),
				ContractCase.spec("v2 with a pre-transformation, answered 202", ImageKitOperation.FILES_UPLOAD_V2,
						(imageKit) -> queued(imageKit, true), 202, queuedAnswer(ImageKitOperation.FILES_UPLOAD_V2)));
	}

	private static UploadRequest everyField() {
		return UploadRequest.builder("photo.jpg")
			.useUniqueFileName(false)
			.tags("t-shirt", "round-neck", "men")
			.folder("/marketing/summer_2025")
			.isPrivateFile(false)
			.isPublished(true)
			.customCoordinates("10,10,100,100")
			.responseFields(ResponseField.values())
			.extensions(Extension.removeBackground(), Extension.googleAutoTagging(5, 95),
					Extension.awsAutoTagging(10, 80), Extension.aiAutoDescription(),
					Extension.aiTasks(new AiTask.YesNo("Is this a luxury item?", AiTaskAction.addTags("luxury"),
							null, null)),
					Extension.savedExtension("ext_abc123"))
			.webhookUrl(URI.create("https://example.com/imagekit/webhook"))
			.overwriteFile(true)
			.overwriteAITags(false)
			.overwriteTags(false)
			.overwriteCustomMetadata(true)
			.customMetadata("brand", "Nike")
			.customMetadata("color", "red")
			.transformation(new UploadTransformation("w-300,h-300,q-80",
					List.of(new UploadTransformation.Transform("w-200,h-200"),
							new UploadTransformation.GifToVideo(null), new UploadTransformation.Thumbnail("w-150"),
							new UploadTransformation.AdaptiveBitrateStreaming("sr-240_360_480_720_1080",
									UploadTransformation.StreamingProtocol.HLS))))
			.checks("\"request.folder\" : \"marketing/\"")
			.description("Running shoes")
			.build();
	}

	/** Fails the case unless the answer is an uploaded file with what the example holds. */
	private static Mono<UploadedFile> uploaded(Mono<UploadResult> upload, Predicate<UploadedFile> parsed) {
		return upload.map((result) -> {
			if (!(result instanceof UploadedFile file) || !parsed.test(file)) {
				throw new AssertionError("The example did not parse into an uploaded file: " + result);
			}
			return file;
		});
	}

	private static Mono<PreTransformQueued> queued(ImageKitOperations imageKit, boolean v2) {
		UploadRequest request = UploadRequest.builder("clip.mp4")
			.transformation(UploadTransformation.pre("w-640"))
			.build();
		UploadSource source = UploadSource.of(CONTENT);
		Mono<UploadResult> upload = v2 ? imageKit.uploads().uploadV2(source, request)
				: imageKit.uploads().upload(source, request);
		return upload.map((result) -> {
			if (!(result instanceof PreTransformQueued queued) || queued.message() == null) {
				throw new AssertionError("The 202 answer did not parse into a queued pre-transformation: " + result);
			}
			return queued;
		});
	}

	/** The spec's 202 answer: an object whose {@code message} is the schema's example. */
	private static String queuedAnswer(ImageKitOperation operation) {
		Schema<?> message = (Schema<?>) ImageKitSpec.find("POST", operation.pathTemplate())
			.orElseThrow()
			.operation()
			.getResponses()
			.get("202")
			.getContent()
			.get("application/json")
			.getSchema()
			.getProperties()
			.get("message");
		return "{\"message\":\"" + message.getExample() + "\"}";
	}

}
