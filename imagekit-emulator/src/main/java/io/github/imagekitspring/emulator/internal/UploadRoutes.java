package io.github.imagekitspring.emulator.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;

/** Handlers of the v1 and v2 uploads: read the multipart form, authenticate, read the file, parse the fields. */
final class UploadRoutes {

	private UploadRoutes() {
	}

	static Mono<Reply> v1(RouteContext context, ServerRequest request, Map<String, String> variables) {
		return upload(context, request, true);
	}

	static Mono<Reply> v2(RouteContext context, ServerRequest request, Map<String, String> variables) {
		return upload(context, request, false);
	}

	private static Mono<Reply> upload(RouteContext context, ServerRequest request, boolean v1) {
		MediaType type = request.headers().contentType().orElse(MediaType.APPLICATION_OCTET_STREAM);
		if (!MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
			throw ApiException.invalid("Uploads must be sent as multipart/form-data.");
		}
		String basicKey = BasicAuth.key(request);
		// Read with the strategies' codecs: request.multipartData() would use the exchange's default limits.
		return request.body(BodyExtractors.toMultipartData()).flatMap((parts) -> {
			Map<String, String> fields = new LinkedHashMap<>();
			Part file = null;
			for (Map.Entry<String, List<Part>> e : parts.entrySet()) {
				Part part = e.getValue().get(0);
				if (e.getKey().equals("file")) {
					file = part;
				}
				else if (part instanceof FormFieldPart field) {
					fields.put(e.getKey(), field.value());
				}
			}
			Map<String, String> checked = v1 ? context.uploadAuth().checkV1(fields, basicKey)
					: context.uploadAuth().checkV2(fields, basicKey);
			if (file == null) {
				throw ApiException.invalid("Your request is missing file parameter.");
			}
			Blobs blobs = context.state().blobs();
			Part filePart = file;
			// Naming, storing and sniffing the file are blocking work: off the event loop.
			return Mono.defer(() -> content(context, blobs, filePart))
				.subscribeOn(Schedulers.boundedElastic())
				.publishOn(Schedulers.boundedElastic())
				.map((stored) -> {
					try {
						FileUploads.Upload upload = parse(checked, stored);
						List<Webhooks.Event> events = new ArrayList<>();
						Reply reply = Reply.ok(context.state().exclusive(() -> uploaded(context.state(), upload, events)));
						context.sendWebhooks(request, events);
						return reply;
					}
					catch (RuntimeException ex) {
						// A rejected upload leaves nothing behind.
						blobs.delete(stored.id());
						throw ex;
					}
				});
		});
	}

	/** Uploads, and queues {@code file.created}, or {@code file-version.created} when it replaced a file. */
	private static Map<String, Object> uploaded(EmulatorState state, FileUploads.Upload upload, List<Webhooks.Event> events) {
		Map<String, Object> out = state.uploads().upload(upload);
		String fileId = (String) out.get("fileId");
		String type = (state.versions().list(fileId).size() > 1) ? "file-version.created" : "file.created";
		events.add(new Webhooks.Event(type, state.files().details(fileId)));
		return out;
	}

	private static FileUploads.Upload parse(Map<String, String> f, Blobs.Stored content) {
		String fileName = f.get("fileName");
		if (fileName == null || fileName.isBlank()) {
			throw ApiException.invalid("Missing fileName parameter for upload.");
		}
		boolean unique = bool(f, "useUniqueFileName", true);
		List<String> tags = tags(f.get("tags"));
		Map<String, Object> customMetadata = null;
		if (f.containsKey("customMetadata")) {
			JsonNode node = Json.parse(f.get("customMetadata"));
			if (!node.isObject()) {
				throw ApiException.invalid("customMetadata must be a JSON object.");
			}
			customMetadata = Json.toMap(node);
		}
		List<String> extensions = null;
		if (f.containsKey("extensions")) {
			JsonNode node = Json.parse(f.get("extensions"));
			if (!node.isArray()) {
				throw ApiException.invalid("extensions must be a JSON array.");
			}
			extensions = FileRoutes.extensionNames(node);
		}
		FileUploads.Overwrite overwrite = new FileUploads.Overwrite(bool(f, "overwriteFile", true), bool(f, "overwriteTags", true),
				bool(f, "overwriteAITags", true), bool(f, "overwriteCustomMetadata", true));
		Set<String> responseFields = new HashSet<>();
		if (f.get("responseFields") != null) {
			for (String s : f.get("responseFields").split(",")) {
				responseFields.add(s.trim());
			}
		}
		return new FileUploads.Upload(fileName, f.getOrDefault("folder", "/"), content, unique, tags, customMetadata, extensions,
				bool(f, "isPrivateFile", false), bool(f, "isPublished", true), f.get("customCoordinates"), f.get("description"),
				overwrite, responseFields);
	}

	private static boolean bool(Map<String, String> fields, String name, boolean defaultValue) {
		String v = fields.get(name);
		if (v == null) {
			return defaultValue;
		}
		if (!v.equals("true") && !v.equals("false")) {
			throw ApiException.invalid("Invalid " + name + " parameter: it must be true or false.");
		}
		return Boolean.parseBoolean(v);
	}

	private static List<String> tags(String raw) {
		if (raw == null) {
			return null;
		}
		if (raw.contains("%")) {
			throw ApiException.invalid("Tags may not contain the % character.");
		}
		if (raw.length() > 500) {
			throw ApiException.invalid("Tags may hold at most 500 characters in total.");
		}
		List<String> out = new ArrayList<>();
		for (String t : raw.split(",")) {
			if (!t.isBlank() && !out.contains(t.trim())) {
				out.add(t.trim());
			}
		}
		return out.isEmpty() ? null : out;
	}

	/**
	 * Stores the file: a binary part, streamed into the storage directory when there is one, or a form field holding
	 * a loopback URL, base64 data or a base64 data URI.
	 */
	private static Mono<Blobs.Stored> content(RouteContext context, Blobs blobs, Part part) {
		if (part instanceof FilePart || !(part instanceof FormFieldPart)) {
			// delete(): the reader's own temporary copy of a large part.
			return blobs.write(part.content()).flatMap((stored) -> part.delete().thenReturn(stored));
		}
		return fileBytes(context, (FormFieldPart) part).map(blobs::store);
	}

	private static Mono<byte[]> fileBytes(RouteContext context, FormFieldPart part) {
		String value = part.value().trim();
		if (value.startsWith("http://") || value.startsWith("https://")) {
			return context.remoteFiles().fetch(value);
		}
		String base64 = value;
		if (value.startsWith("data:")) {
			int comma = value.indexOf(',');
			if (comma < 0 || !value.substring(0, comma).endsWith(";base64")) {
				throw ApiException.invalid("Your request contains invalid file parameter: only base64 data URIs are supported.");
			}
			base64 = value.substring(comma + 1);
		}
		try {
			return Mono.just(Base64.getMimeDecoder().decode(base64));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalid("Your request contains invalid file parameter: it is neither a URL nor base64 data.");
		}
	}

}
