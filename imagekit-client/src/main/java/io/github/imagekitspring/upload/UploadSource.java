package io.github.imagekitspring.upload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.buffer.DataBuffer;

/**
 * The file of an upload. Binary sources go into the {@code file} part as bytes; {@link RemoteUrl} and
 * {@link Base64Text} go in as a text part. The factories check what can be checked before sending and throw
 * {@link IllegalArgumentException} naming the argument.
 */
public sealed interface UploadSource permits UploadSource.PathSource, UploadSource.ResourceSource,
		UploadSource.BytesSource, UploadSource.PublisherSource, UploadSource.InputStreamSupplierSource,
		UploadSource.RemoteUrl, UploadSource.Base64Text {

	/**
	 * Whether the same content can be sent again, for a retry. A raw publisher cannot; a stream supplier can,
	 * because it is asked for a new stream on each attempt.
	 */
	boolean repeatable();

	/**
	 * A file on disk; it must exist and be readable.
	 */
	static UploadSource of(Path path) {
		return new PathSource(path);
	}

	/**
	 * A Spring resource, read by the client on each attempt; it must exist. Repeatable unless the resource is an open
	 * stream ({@link Resource#isOpen()}). An http(s) {@link org.springframework.core.io.UrlResource} is fetched with a
	 * GET off the event loop when the upload is sent, and not checked before (that would take a request, and
	 * presigned URLs answer GET only): a URL that cannot be read fails the upload. For ImageKit to fetch a public URL
	 * itself, use {@link #fromUrl(URI)}.
	 */
	static UploadSource of(Resource resource) {
		return new ResourceSource(resource);
	}

	/**
	 * Bytes in memory. The array is not copied: do not change it until the upload is done.
	 */
	static UploadSource of(byte[] bytes) {
		return new BytesSource(bytes);
	}

	/**
	 * A stream of buffers, sent once; an upload from it cannot be retried.
	 */
	static UploadSource fromPublisher(Publisher<DataBuffer> content) {
		return new PublisherSource(content);
	}

	/**
	 * A supplier of input streams, asked for a new stream on each attempt (so it is repeatable).
	 */
	static UploadSource fromInputStream(InputStreamSource streams) {
		return new InputStreamSupplierSource(streams);
	}

	/**
	 * A public http(s) URL that ImageKit fetches (it must answer within 8 seconds).
	 */
	static UploadSource fromUrl(URI url) {
		return new RemoteUrl(url);
	}

	/**
	 * The file as Base64, plain or as a data URI.
	 */
	static UploadSource base64(String base64) {
		return new Base64Text(base64);
	}

	/**
	 * A file on disk.
	 *
	 * @param path the file
	 */
	record PathSource(Path path) implements UploadSource {

		public PathSource {
			if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				throw new IllegalArgumentException("path '" + path + "' is not an existing, readable file");
			}
		}

		@Override
		public boolean repeatable() {
			return true;
		}

	}

	/**
	 * A Spring resource.
	 *
	 * @param resource the resource
	 */
	record ResourceSource(Resource resource) implements UploadSource {

		public ResourceSource {
			if (!isRemote(resource) && !resource.exists()) {
				throw new IllegalArgumentException("resource " + resource.getDescription() + " does not exist");
			}
		}

		@Override
		public boolean repeatable() {
			return !this.resource.isOpen();
		}

		/**
		 * Whether the resource is fetched over http(s), so that even checking that it exists would send a request.
		 */
		public boolean remote() {
			return isRemote(this.resource);
		}

		private static boolean isRemote(Resource resource) {
			if (!(resource instanceof UrlResource)) {
				return false;
			}
			try {
				String scheme = resource.getURI().getScheme();
				return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
			}
			catch (IOException ex) {
				return false;
			}
		}

		/**
		 * The resource's file name, if it has one.
		 */
		public @Nullable String filename() {
			return this.resource.getFilename();
		}

	}

	/**
	 * Bytes in memory.
	 *
	 * @param bytes the content, not copied
	 */
	record BytesSource(byte[] bytes) implements UploadSource {

		@Override
		public boolean repeatable() {
			return true;
		}

		@Override
		public String toString() {
			return "BytesSource[" + this.bytes.length + " bytes]";
		}

	}

	/**
	 * A stream of buffers, consumed once.
	 *
	 * @param content the buffers
	 */
	record PublisherSource(Publisher<DataBuffer> content) implements UploadSource {

		@Override
		public boolean repeatable() {
			return false;
		}

	}

	/**
	 * A supplier asked for a new input stream on each attempt.
	 *
	 * @param streams the supplier
	 */
	record InputStreamSupplierSource(InputStreamSource streams) implements UploadSource {

		@Override
		public boolean repeatable() {
			return true;
		}

	}

	/**
	 * A remote URL sent as the {@code file} text part.
	 *
	 * @param url the http(s) URL
	 */
	record RemoteUrl(URI url) implements UploadSource {

		public RemoteUrl {
			if (!url.isAbsolute() || url.getHost() == null
					|| !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
				throw new IllegalArgumentException("url must be an absolute http(s) URL");
			}
		}

		@Override
		public boolean repeatable() {
			return true;
		}

	}

	/**
	 * Base64 content sent as the {@code file} text part.
	 *
	 * @param base64 plain Base64 or a data URI
	 */
	record Base64Text(String base64) implements UploadSource {

		public Base64Text {
			if (base64.isBlank()) {
				throw new IllegalArgumentException("base64 must not be blank");
			}
		}

		@Override
		public boolean repeatable() {
			return true;
		}

		@Override
		public String toString() {
			return "Base64Text[" + this.base64.length() + " characters]";
		}

	}

}
