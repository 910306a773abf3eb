package io.github.imagekitspring.upload;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;

/**
 * The multipart body of an upload. The file part streams from its source on each attempt and is never held in
 * memory as a whole; the text parts are exactly {@link UploadRequest#wireFields()}.
 */
final class UploadMultipart {

	private static final int STREAM_BUFFER_SIZE = 8192;

	private UploadMultipart() {
	}

	/**
	 * Build the body, checking again what may have changed since the source was created.
	 * @throws IllegalArgumentException if a file or resource is no longer readable
	 */
	static MultiValueMap<String, HttpEntity<?>> body(UploadSource source, UploadRequest request) {
		MultipartBodyBuilder builder = new MultipartBodyBuilder();
		// Text fields first: a server that streams the body knows the file's name and folder before its bytes.
		request.wireFields().forEach(builder::part);
		addFile(builder, source, request.fileName());
		return builder.build();
	}

	private static void addFile(MultipartBodyBuilder builder, UploadSource source, String fileName) {
		MediaType contentType = MediaTypeFactory.getMediaType(fileName).orElse(MediaType.APPLICATION_OCTET_STREAM);
		if (source instanceof UploadSource.RemoteUrl remote) {
			builder.part("file", remote.url().toString());
		}
		else if (source instanceof UploadSource.Base64Text base64) {
			builder.part("file", base64.base64());
		}
		else if (source instanceof UploadSource.PublisherSource publisher) {
			builder.asyncPart("file", readOnce(publisher.content()), DataBuffer.class)
				.filename(fileName)
				.contentType(contentType);
		}
		else if (source instanceof UploadSource.InputStreamSupplierSource streams) {
			// Cold: each attempt asks the supplier for a new stream, and the stream is closed when read.
			Flux<DataBuffer> content = DataBufferUtils.readInputStream(streams.streams()::getInputStream,
					DefaultDataBufferFactory.sharedInstance, STREAM_BUFFER_SIZE);
			builder.asyncPart("file", content, DataBuffer.class).filename(fileName).contentType(contentType);
		}
		else {
			builder.part("file", resource(source)).filename(fileName).contentType(contentType);
		}
	}

	private static Resource resource(UploadSource source) {
		if (source instanceof UploadSource.PathSource path) {
			if (!Files.isRegularFile(path.path()) || !Files.isReadable(path.path())) {
				throw new IllegalArgumentException("path '" + path.path() + "' is not an existing, readable file");
			}
			return new FileSystemResource(path.path());
		}
		if (source instanceof UploadSource.ResourceSource resource) {
			if (!resource.resource().exists()) {
				throw new IllegalArgumentException(
						"resource " + resource.resource().getDescription() + " does not exist");
			}
			return resource.resource();
		}
		return new ByteArrayResource(((UploadSource.BytesSource) source).bytes());
	}

	/** A publisher may not support a second subscriber; fail instead of asking it twice. */
	private static Flux<DataBuffer> readOnce(Publisher<DataBuffer> content) {
		AtomicBoolean read = new AtomicBoolean();
		return Flux.defer(() -> read.compareAndSet(false, true) ? Flux.from(content)
				: Flux.error(new IllegalStateException("The upload's publisher was already read; it cannot be sent "
						+ "twice")));
	}

}
