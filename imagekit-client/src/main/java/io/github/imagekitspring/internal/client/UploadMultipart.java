package io.github.imagekitspring.internal.client;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;

import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;

/**
 * The multipart body of an upload. The file part streams from its source, read again on each attempt and never
 * held in memory as a whole: only the buffers in flight, which the connection's backpressure bounds. The text parts
 * are exactly {@link UploadRequest#wireFields()}.
 */
final class UploadMultipart {

	/** Large enough that reading a file is not the bottleneck of an upload. */
	private static final int BUFFER_SIZE = 64 * 1024;

	private static final DataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

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
		if (source instanceof UploadSource.RemoteUrl remote) {
			builder.part("file", remote.url().toString());
		}
		else if (source instanceof UploadSource.Base64Text base64) {
			builder.part("file", base64.base64());
		}
		else {
			String fileName = request.fileName();
			builder.asyncPart("file", content(source), DataBuffer.class)
				.filename(fileName)
				.contentType(MediaTypeFactory.getMediaType(fileName).orElse(MediaType.APPLICATION_OCTET_STREAM));
		}
		return builder.build();
	}

	private static Flux<DataBuffer> content(UploadSource source) {
		if (source instanceof UploadSource.PathSource path) {
			if (!Files.isRegularFile(path.path()) || !Files.isReadable(path.path())) {
				throw new IllegalArgumentException("path '" + path.path() + "' is not an existing, readable file");
			}
			return DataBufferUtils.read(path.path(), BUFFERS, BUFFER_SIZE);
		}
		if (source instanceof UploadSource.ResourceSource resourceSource) {
			Resource resource = resourceSource.resource();
			boolean remote = resourceSource.remote();
			if (!remote && !resource.exists()) {
				throw new IllegalArgumentException("resource " + resource.getDescription() + " does not exist");
			}
			Flux<DataBuffer> content = DataBufferUtils.read(resource, BUFFERS, BUFFER_SIZE);
			if (remote) {
				// The URL may carry a signature: the failure names the exception only, and keeps no cause whose
				// message is the URL.
				content = content.onErrorMap(IOException.class, (ex) -> new IOException(
						"the upload's URL resource could not be read: " + ex.getClass().getSimpleName()));
			}
			// Files are read asynchronously; anything else through a blocking stream, kept off the event loop.
			return resource.isFile() ? content : content.subscribeOn(Schedulers.boundedElastic());
		}
		if (source instanceof UploadSource.BytesSource bytes) {
			return Flux.defer(() -> Flux.just(BUFFERS.wrap(bytes.bytes())));
		}
		if (source instanceof UploadSource.InputStreamSupplierSource streams) {
			// Each attempt asks the supplier for a new stream; the stream is closed when read or cancelled.
			return DataBufferUtils.readInputStream(streams.streams()::getInputStream, BUFFERS, BUFFER_SIZE)
				.subscribeOn(Schedulers.boundedElastic());
		}
		return readOnce(((UploadSource.PublisherSource) source).content());
	}

	/** A publisher may not support a second subscriber; fail instead of asking it twice. */
	private static Flux<DataBuffer> readOnce(Publisher<DataBuffer> content) {
		AtomicBoolean read = new AtomicBoolean();
		return Flux.defer(() -> read.compareAndSet(false, true) ? Flux.from(content)
				: Flux.error(new IllegalStateException("The upload's publisher was already read; it cannot be sent "
						+ "twice")));
	}

}
