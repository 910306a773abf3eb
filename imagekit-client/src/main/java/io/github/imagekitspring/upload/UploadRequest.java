package io.github.imagekitspring.upload;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.imagekitspring.extensions.Extension;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of an upload, everything except the file itself and the client-side authentication fields. Build one
 * with {@link #builder(String)}; the constructor validates the values the API would reject.
 * <p>
 * Unset ({@code null}) fields are not sent, so the server default applies; booleans are {@link Boolean} so that an
 * explicit {@code false} is sent. Empty lists and maps count as unset.
 * {@link #wireFields()} gives the exact text parts, used for both the multipart body and the v2 JWT payload.
 *
 * @param fileName the file name (required)
 * @param useUniqueFileName whether ImageKit adds a unique suffix (server default true)
 * @param tags tags; no {@code %} or {@code ,}, at most 500 characters in total (comma-joined)
 * @param folder the target folder (server default {@code /}); letters, digits, {@code /}, {@code _}, {@code -}
 * @param isPrivateFile whether the file is private (server default false)
 * @param isPublished whether the file is published (server default true)
 * @param customCoordinates the area of interest, {@code x,y,width,height}
 * @param responseFields optional response fields to fill in
 * @param extensions extensions to run
 * @param webhookUrl where the final extension status is posted
 * @param overwriteFile whether an existing file may be overwritten (server default true)
 * @param overwriteAITags whether AITags are dropped on overwrite (server default true)
 * @param overwriteTags whether tags are dropped on overwrite without {@code tags} (server default true)
 * @param overwriteCustomMetadata whether custom metadata is dropped on overwrite without it (server default true)
 * @param customMetadata custom metadata values; the fields must exist
 * @param transformation pre and post transformations
 * @param checks a server-side check expression
 * @param description free text describing the file
 */
public record UploadRequest(String fileName, @Nullable Boolean useUniqueFileName, List<String> tags,
		@Nullable String folder, @Nullable Boolean isPrivateFile, @Nullable Boolean isPublished,
		@Nullable String customCoordinates, List<ResponseField> responseFields, List<Extension> extensions,
		@Nullable URI webhookUrl, @Nullable Boolean overwriteFile, @Nullable Boolean overwriteAITags,
		@Nullable Boolean overwriteTags, @Nullable Boolean overwriteCustomMetadata, Map<String, Object> customMetadata,
		@Nullable UploadTransformation transformation, @Nullable String checks, @Nullable String description) {

	/** The most characters that {@code tags} may hold, comma-joined. */
	public static final int MAX_TAGS_LENGTH = 500;

	private static final Pattern FOLDER = Pattern.compile("[\\p{L}\\p{N}/_-]*");

	private static final Pattern CUSTOM_COORDINATES = Pattern.compile("\\d+,\\d+,\\d+,\\d+");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public UploadRequest {
		if (fileName == null || fileName.isBlank()) {
			throw new IllegalArgumentException("fileName must not be blank");
		}
		tags = List.copyOf(tags);
		checkTags(tags);
		if (folder != null && !FOLDER.matcher(folder).matches()) {
			throw new IllegalArgumentException(
					"folder may only contain letters, digits, '/', '_' and '-', but was '" + folder + "'");
		}
		if (customCoordinates != null && !CUSTOM_COORDINATES.matcher(customCoordinates).matches()) {
			throw new IllegalArgumentException("customCoordinates must be 'x,y,width,height', but was '"
					+ customCoordinates + "'");
		}
		if (webhookUrl != null && !isHttpUrl(webhookUrl)) {
			throw new IllegalArgumentException("webhookUrl must be an absolute http(s) URL");
		}
		responseFields = List.copyOf(responseFields);
		extensions = List.copyOf(extensions);
		extensions.forEach(Extension::requireValidRequest);
		customMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(customMetadata));
	}

	private static void checkTags(List<String> tags) {
		for (String tag : tags) {
			if (tag.isBlank()) {
				throw new IllegalArgumentException("tags must not contain blank tags");
			}
			if (tag.indexOf('%') >= 0) {
				throw new IllegalArgumentException("tags must not contain '%'");
			}
			if (tag.indexOf(',') >= 0) {
				throw new IllegalArgumentException("tags must not contain ',' (tags are sent comma-separated)");
			}
		}
		int length = String.join(",", tags).length();
		if (length > MAX_TAGS_LENGTH) {
			throw new IllegalArgumentException(
					"tags must not exceed " + MAX_TAGS_LENGTH + " characters in total, but hold " + length);
		}
	}

	private static boolean isHttpUrl(URI uri) {
		return uri.isAbsolute() && uri.getHost() != null
				&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
	}

	public static Builder builder(String fileName) {
		return new Builder(fileName);
	}

	/**
	 * The text parts exactly as they go on the wire, in a stable order: booleans as {@code "true"}/{@code "false"},
	 * {@code tags} and {@code responseFields} comma-joined, {@code extensions}, {@code customMetadata} and
	 * {@code transformation} as JSON. Unset fields are absent. Used for the multipart text parts and, unchanged, as
	 * the v2 upload JWT's payload, so the two always agree.
	 */
	public Map<String, String> wireFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fileName", this.fileName);
		put(fields, "useUniqueFileName", this.useUniqueFileName);
		if (!this.tags.isEmpty()) {
			fields.put("tags", String.join(",", this.tags));
		}
		put(fields, "folder", this.folder);
		put(fields, "isPrivateFile", this.isPrivateFile);
		put(fields, "isPublished", this.isPublished);
		put(fields, "customCoordinates", this.customCoordinates);
		if (!this.responseFields.isEmpty()) {
			fields.put("responseFields",
					this.responseFields.stream().map(ResponseField::wireName).collect(Collectors.joining(",")));
		}
		if (!this.extensions.isEmpty()) {
			fields.put("extensions", JSON.writeValueAsString(this.extensions));
		}
		put(fields, "webhookUrl", this.webhookUrl);
		put(fields, "overwriteFile", this.overwriteFile);
		put(fields, "overwriteAITags", this.overwriteAITags);
		put(fields, "overwriteTags", this.overwriteTags);
		put(fields, "overwriteCustomMetadata", this.overwriteCustomMetadata);
		if (!this.customMetadata.isEmpty()) {
			fields.put("customMetadata", JSON.writeValueAsString(this.customMetadata));
		}
		if (this.transformation != null) {
			fields.put("transformation", JSON.writeValueAsString(this.transformation));
		}
		put(fields, "checks", this.checks);
		put(fields, "description", this.description);
		return Collections.unmodifiableMap(fields);
	}

	private static void put(Map<String, String> fields, String name, @Nullable Object value) {
		if (value != null) {
			fields.put(name, value.toString());
		}
	}

	/**
	 * Builds an {@link UploadRequest}.
	 */
	public static final class Builder {

		private final String fileName;

		private @Nullable Boolean useUniqueFileName;

		private final List<String> tags = new ArrayList<>();

		private @Nullable String folder;

		private @Nullable Boolean isPrivateFile;

		private @Nullable Boolean isPublished;

		private @Nullable String customCoordinates;

		private final List<ResponseField> responseFields = new ArrayList<>();

		private final List<Extension> extensions = new ArrayList<>();

		private @Nullable URI webhookUrl;

		private @Nullable Boolean overwriteFile;

		private @Nullable Boolean overwriteAITags;

		private @Nullable Boolean overwriteTags;

		private @Nullable Boolean overwriteCustomMetadata;

		private final Map<String, Object> customMetadata = new LinkedHashMap<>();

		private @Nullable UploadTransformation transformation;

		private @Nullable String checks;

		private @Nullable String description;

		private Builder(String fileName) {
			this.fileName = fileName;
		}

		public Builder useUniqueFileName(boolean useUniqueFileName) {
			this.useUniqueFileName = useUniqueFileName;
			return this;
		}

		public Builder tags(String... tags) {
			return tags(Arrays.asList(tags));
		}

		public Builder tags(List<String> tags) {
			this.tags.addAll(tags);
			return this;
		}

		public Builder folder(String folder) {
			this.folder = folder;
			return this;
		}

		public Builder isPrivateFile(boolean isPrivateFile) {
			this.isPrivateFile = isPrivateFile;
			return this;
		}

		public Builder isPublished(boolean isPublished) {
			this.isPublished = isPublished;
			return this;
		}

		public Builder customCoordinates(String customCoordinates) {
			this.customCoordinates = customCoordinates;
			return this;
		}

		public Builder responseFields(ResponseField... responseFields) {
			this.responseFields.addAll(Arrays.asList(responseFields));
			return this;
		}

		public Builder extensions(Extension... extensions) {
			this.extensions.addAll(Arrays.asList(extensions));
			return this;
		}

		public Builder webhookUrl(URI webhookUrl) {
			this.webhookUrl = webhookUrl;
			return this;
		}

		public Builder overwriteFile(boolean overwriteFile) {
			this.overwriteFile = overwriteFile;
			return this;
		}

		public Builder overwriteAITags(boolean overwriteAITags) {
			this.overwriteAITags = overwriteAITags;
			return this;
		}

		public Builder overwriteTags(boolean overwriteTags) {
			this.overwriteTags = overwriteTags;
			return this;
		}

		public Builder overwriteCustomMetadata(boolean overwriteCustomMetadata) {
			this.overwriteCustomMetadata = overwriteCustomMetadata;
			return this;
		}

		public Builder customMetadata(String field, Object value) {
			this.customMetadata.put(field, value);
			return this;
		}

		public Builder customMetadata(Map<String, Object> customMetadata) {
			this.customMetadata.putAll(customMetadata);
			return this;
		}

		public Builder transformation(UploadTransformation transformation) {
			this.transformation = transformation;
			return this;
		}

		public Builder checks(String checks) {
			this.checks = checks;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		/**
		 * @throws IllegalArgumentException naming the first invalid field
		 */
		public UploadRequest build() {
			return new UploadRequest(this.fileName, this.useUniqueFileName, this.tags, this.folder, this.isPrivateFile,
					this.isPublished, this.customCoordinates, this.responseFields, this.extensions, this.webhookUrl,
					this.overwriteFile, this.overwriteAITags, this.overwriteTags, this.overwriteCustomMetadata,
					this.customMetadata, this.transformation, this.checks, this.description);
		}

	}

}
