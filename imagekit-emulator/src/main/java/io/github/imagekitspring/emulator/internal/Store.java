package io.github.imagekitspring.emulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * The emulator's state and the behaviour of every API operation. All public methods are
 * synchronized: the emulator favours simple, exact semantics over throughput.
 */
public final class Store {

	/** How long and how many status polls asynchronous work (folder jobs, purges) stays Pending. */
	public record AsyncSettings(Duration pendingFor, int pendingPolls) {
	}

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

	private static final String ID_CHARS = "0123456789abcdef";

	private static final String NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private final Clock clock;

	private final Supplier<String> urlEndpoint;

	private volatile AsyncSettings async;

	private final Map<String, Asset> assets = new LinkedHashMap<>();

	private final Map<String, Folder> folders = new TreeMap<>();

	private final Map<String, Job> jobs = new LinkedHashMap<>();

	private final Map<String, Purge> purges = new LinkedHashMap<>();

	private final CustomFields customFields = new CustomFields(Store::newId);

	private final AccountResources account;

	private final Set<String> usedTokens = new HashSet<>();

	private final List<Delivery> deliveries = new ArrayList<>();

	private final Blobs blobs;

	/**
	 * @param storageDirectory where file contents go, or {@code null} to keep them in memory
	 */
	public Store(Clock clock, Supplier<String> urlEndpoint, AsyncSettings async, java.nio.file.Path storageDirectory) {
		this.clock = clock;
		this.blobs = new Blobs(storageDirectory);
		this.urlEndpoint = urlEndpoint;
		this.async = async;
		this.account = new AccountResources(Store::newId, clock);
	}

	public synchronized void reset() {
		this.assets.clear();
		this.folders.clear();
		this.jobs.clear();
		this.purges.clear();
		this.customFields.clear();
		this.account.clear();
		this.usedTokens.clear();
		this.deliveries.clear();
		this.blobs.clear();
	}

	public void asyncSettings(AsyncSettings settings) {
		this.async = settings;
	}

	public Clock clock() {
		return this.clock;
	}

	static String iso(Instant instant) {
		return ISO.format(instant.truncatedTo(ChronoUnit.MILLIS));
	}

	static String newId() {
		StringBuilder sb = new StringBuilder(24);
		ThreadLocalRandom r = ThreadLocalRandom.current();
		for (int i = 0; i < 24; i++) {
			sb.append(ID_CHARS.charAt(r.nextInt(ID_CHARS.length())));
		}
		return sb.toString();
	}

	/** Marks a client-side upload token as used; {@code false} if it was used before. */
	public synchronized boolean consumeToken(String token) {
		return this.usedTokens.add(token);
	}

	// ------------------------------------------------------------------ model

	/** One version of a file; the asset's current version is what "the file" shows. */
	static final class Version implements SearchQuery.Target {

		String versionId;

		String name;

		String folder;

		String blobId;

		long size;

		MediaInfo info;

		List<String> tags;

		List<Map<String, Object>> aiTags;

		Map<String, Object> customMetadata = new LinkedHashMap<>();

		boolean isPrivate;

		boolean isPublished = true;

		String customCoordinates;

		String description;

		Instant createdAt;

		Instant updatedAt;

		boolean current;

		String filePath() {
			return this.folder + this.name;
		}

		Version copy() {
			Version v = new Version();
			v.versionId = newId();
			v.name = this.name;
			v.folder = this.folder;
			v.blobId = this.blobId;
			v.size = this.size;
			v.info = this.info;
			v.tags = (this.tags == null) ? null : new ArrayList<>(this.tags);
			v.aiTags = (this.aiTags == null) ? null : new ArrayList<>(this.aiTags);
			v.customMetadata = new LinkedHashMap<>(this.customMetadata);
			v.isPrivate = this.isPrivate;
			v.isPublished = this.isPublished;
			v.customCoordinates = this.customCoordinates;
			v.description = this.description;
			v.createdAt = this.createdAt;
			v.updatedAt = this.updatedAt;
			return v;
		}

		@Override
		public String type() {
			return this.current ? "file" : "file-version";
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public Instant createdAt() {
			return this.createdAt;
		}

		@Override
		public Instant updatedAt() {
			return this.updatedAt;
		}

		@Override
		public Long size() {
			return this.size;
		}

		@Override
		public Integer width() {
			return this.info.width();
		}

		@Override
		public Integer height() {
			return this.info.height();
		}

		@Override
		public String format() {
			return this.info.format();
		}

		@Override
		public Boolean isPrivate() {
			return this.isPrivate;
		}

		@Override
		public Boolean isPublished() {
			return this.isPublished;
		}

		@Override
		public List<String> allTags() {
			List<String> all = new ArrayList<>((this.tags == null) ? List.of() : this.tags);
			if (this.aiTags != null) {
				this.aiTags.forEach((t) -> all.add(String.valueOf(t.get("name"))));
			}
			return all;
		}

		@Override
		public Map<String, Object> customMetadata() {
			return this.customMetadata;
		}

	}

	/** A file: its id and its versions, oldest first. */
	static final class Asset {

		final String fileId;

		final List<Version> versions = new ArrayList<>();

		Asset(String fileId) {
			this.fileId = fileId;
		}

		Version current() {
			return this.versions.stream().filter((v) -> v.current).findFirst().orElseThrow();
		}

		void addCurrent(Version version) {
			this.versions.forEach((v) -> v.current = false);
			version.current = true;
			this.versions.add(version);
		}

	}

	/** A folder, keyed by its path without a trailing slash ({@code /a/b}). */
	static final class Folder implements SearchQuery.Target {

		final String folderId = newId();

		String path;

		Instant createdAt;

		Instant updatedAt;

		@Override
		public String type() {
			return "folder";
		}

		@Override
		public String name() {
			return this.path.substring(this.path.lastIndexOf('/') + 1);
		}

		@Override
		public Instant createdAt() {
			return this.createdAt;
		}

		@Override
		public Instant updatedAt() {
			return this.updatedAt;
		}

		@Override
		public Long size() {
			return null;
		}

		@Override
		public Integer width() {
			return null;
		}

		@Override
		public Integer height() {
			return null;
		}

		@Override
		public String format() {
			return null;
		}

		@Override
		public Boolean isPrivate() {
			return null;
		}

		@Override
		public Boolean isPublished() {
			return null;
		}

		@Override
		public List<String> allTags() {
			return List.of();
		}

		@Override
		public Map<String, Object> customMetadata() {
			return Map.of();
		}

	}

	private static final class Job {

		String jobId;

		String type;

		Instant createdAt;

		int polls;

		boolean completed;

		List<String> lockedFolders;

		Runnable work;

		String purgeRequestId;

	}

	private static final class Purge {

		Instant createdAt;

		int polls;

	}

	private record Delivery(Instant at, long bytes, String format, int status) {
	}

	// ------------------------------------------------------------------ paths

	/** {@code "a/b"}, {@code "/a/b/"} → {@code "/a/b/"}; root is {@code "/"}. */
	static String folderPrefix(String folder) {
		String f = (folder == null) ? "" : folder.trim();
		f = f.replaceAll("/+", "/");
		if (!f.startsWith("/")) {
			f = "/" + f;
		}
		if (!f.endsWith("/")) {
			f = f + "/";
		}
		return f;
	}

	static String folderKey(String folder) {
		String prefix = folderPrefix(folder);
		return (prefix.length() == 1) ? "/" : prefix.substring(0, prefix.length() - 1);
	}

	private static String sanitizeFolder(String folder) {
		return folderPrefix(folder).replaceAll("[^a-zA-Z0-9/_-]", "_");
	}

	private static String sanitizeFileName(String name) {
		return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
	}

	private static String uniqueName(String name) {
		StringBuilder suffix = new StringBuilder("_");
		ThreadLocalRandom r = ThreadLocalRandom.current();
		for (int i = 0; i < 10; i++) {
			suffix.append(NAME_CHARS.charAt(r.nextInt(NAME_CHARS.length())));
		}
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
	}

	private void ensureFolder(String folder) {
		String key = folderKey(folder);
		Instant now = this.clock.instant();
		String path = "";
		for (String part : key.split("/")) {
			if (part.isEmpty()) {
				continue;
			}
			path = path + "/" + part;
			this.folders.computeIfAbsent(path, (p) -> {
				Folder f = new Folder();
				f.path = p;
				f.createdAt = now;
				f.updatedAt = now;
				return f;
			});
		}
	}

	private Asset findByPath(String filePath) {
		return this.assets.values().stream().filter((a) -> a.current().filePath().equals(filePath)).findFirst().orElse(null);
	}

	private Asset asset(String fileId) {
		Asset a = this.assets.get(fileId);
		if (a == null) {
			throw ApiException.notFound("The requested file does not exist.");
		}
		return a;
	}

	private static boolean under(String filePathOrFolder, String folderKey) {
		String prefix = folderKey.equals("/") ? "/" : folderKey + "/";
		return filePathOrFolder.startsWith(prefix) || filePathOrFolder.equals(folderKey);
	}

	// ------------------------------------------------------------------ async work

	/** Completes jobs whose pending time has passed; call before every operation. */
	public synchronized void tick() {
		for (Job job : this.jobs.values()) {
			if (!job.completed && due(job.createdAt, 0)) {
				complete(job);
			}
		}
	}

	private boolean due(Instant createdAt, int polls) {
		AsyncSettings s = this.async;
		return !this.clock.instant().isBefore(createdAt.plus(s.pendingFor())) || polls > s.pendingPolls();
	}

	private void complete(Job job) {
		job.completed = true;
		job.work.run();
	}

	/** For operations on a whole folder tree: locked if the tree holds, or sits in, a locked folder. */
	private void checkTreeUnlocked(String path) {
		for (Job job : this.jobs.values()) {
			if (!job.completed && job.lockedFolders.stream().anyMatch((f) -> under(path, f) || under(f, folderKey(path)))) {
				throw new ApiException(423, "A bulk job is running on given folder path, please try after sometime.");
			}
		}
	}

	/** For a file or a destination folder: locked if it sits in a locked folder. */
	private void checkFileUnlocked(String filePath) {
		for (Job job : this.jobs.values()) {
			if (!job.completed && job.lockedFolders.stream().anyMatch((f) -> under(filePath, f))) {
				throw new ApiException(423, "A bulk job is running on given folder path, please try after sometime.");
			}
		}
	}

	private String startJob(String type, List<String> locked, Runnable work) {
		Job job = new Job();
		job.jobId = newId();
		job.type = type;
		job.createdAt = this.clock.instant();
		job.lockedFolders = locked;
		job.work = work;
		this.jobs.put(job.jobId, job);
		return job.jobId;
	}

	// ------------------------------------------------------------------ JSON views

	private Map<String, Object> fileJson(Asset asset, Version v) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("fileId", asset.fileId);
		out.put("type", v.type());
		out.put("name", v.name);
		out.put("filePath", v.filePath());
		out.put("tags", v.tags);
		out.put("AITags", v.aiTags);
		out.put("versionInfo", versionInfo(asset, v));
		out.put("isPrivateFile", v.isPrivate);
		out.put("isPublished", v.isPublished);
		out.put("customCoordinates", v.customCoordinates);
		out.put("url", url(v));
		out.put("thumbnail", thumbnail(v));
		out.put("fileType", v.info.image() ? "image" : "non-image");
		out.put("mime", v.info.mime());
		if (v.info.width() != null) {
			out.put("width", v.info.width());
			out.put("height", v.info.height());
		}
		out.put("size", v.size);
		out.put("hasAlpha", v.info.hasAlpha());
		out.put("customMetadata", v.customMetadata);
		out.put("embeddedMetadata", Map.of());
		if (v.description != null) {
			out.put("description", v.description);
		}
		out.put("createdAt", iso(v.createdAt));
		out.put("updatedAt", iso(v.updatedAt));
		return out;
	}

	private static Map<String, Object> versionInfo(Asset asset, Version v) {
		return Map.of("id", v.versionId, "name", "Version " + (asset.versions.indexOf(v) + 1));
	}

	private static Map<String, Object> folderJson(Folder f) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("type", "folder");
		out.put("folderId", f.folderId);
		out.put("name", f.name());
		out.put("folderPath", f.path);
		out.put("customMetadata", Map.of());
		out.put("createdAt", iso(f.createdAt));
		out.put("updatedAt", iso(f.updatedAt));
		return out;
	}

	private String url(Version v) {
		return this.urlEndpoint.get() + v.filePath();
	}

	private String thumbnail(Version v) {
		return v.info.image() ? this.urlEndpoint.get() + "/tr:n-ik_ml_thumbnail" + v.filePath() : "";
	}

	// ------------------------------------------------------------------ upload

	/** The fields of one upload, already authenticated. */
	public record UploadRequest(Map<String, String> fields, byte[] bytes) {
	}

	public synchronized Result upload(UploadRequest request) {
		Map<String, String> f = request.fields();
		String rawName = f.get("fileName");
		if (rawName == null || rawName.isBlank()) {
			throw ApiException.badRequest("Missing fileName parameter for upload.");
		}
		String folder = sanitizeFolder(f.getOrDefault("folder", "/"));
		checkFileUnlocked(folderKey(folder));
		boolean unique = bool(f, "useUniqueFileName", true);
		String name = sanitizeFileName(rawName);
		List<String> tags = tags(f.get("tags"));
		Map<String, Object> customMetadata = null;
		if (f.containsKey("customMetadata")) {
			JsonNode node = Json.parse(f.get("customMetadata"));
			if (!node.isObject()) {
				throw ApiException.badRequest("customMetadata must be a JSON object.");
			}
			customMetadata = Json.toMap(node);
			// The upload 400 in the spec has only message and help, so no errors object here.
			this.customFields.validate(customMetadata, false);
		}
		if (f.containsKey("extensions") && !Json.parse(f.get("extensions")).isArray()) {
			throw ApiException.badRequest("extensions must be a JSON array.");
		}
		Instant now = this.clock.instant();
		MediaInfo info = MediaInfo.of(request.bytes(), name);
		Version v = new Version();
		v.versionId = newId();
		v.folder = folder;
		v.size = request.bytes().length;
		v.info = info;
		v.isPrivate = bool(f, "isPrivateFile", false);
		v.isPublished = bool(f, "isPublished", true);
		v.customCoordinates = f.get("customCoordinates");
		v.description = f.get("description");
		v.createdAt = now;
		v.updatedAt = now;
		Asset existing = unique ? null : findByPath(folder + name);
		if (unique) {
			do {
				v.name = uniqueName(name);
			}
			while (findByPath(folder + v.name) != null);
		}
		else {
			v.name = name;
		}
		Asset asset;
		if (existing != null) {
			if (!bool(f, "overwriteFile", true)) {
				throw ApiException.badRequest("A file with the same name already exists at the exact location. We could not overwrite it because both overwriteFile and useUniqueFileName are set to false.");
			}
			Version old = existing.current();
			v.tags = (tags != null) ? tags : bool(f, "overwriteTags", true) ? null : old.tags;
			v.aiTags = bool(f, "overwriteAITags", true) ? null : old.aiTags;
			if (customMetadata != null) {
				v.customMetadata = new LinkedHashMap<>(customMetadata);
			}
			else if (!bool(f, "overwriteCustomMetadata", true)) {
				v.customMetadata = new LinkedHashMap<>(old.customMetadata);
			}
			v.createdAt = old.createdAt;
			asset = existing;
		}
		else {
			v.tags = tags;
			v.customMetadata = new LinkedHashMap<>(this.customFields.withDefaults((customMetadata != null) ? customMetadata : Map.of()));
			asset = new Asset(newId());
		}
		// Stored only now, so a rejected upload leaves nothing behind.
		v.blobId = this.blobs.put(request.bytes());
		ensureFolder(folder);
		asset.addCurrent(v);
		this.assets.putIfAbsent(asset.fileId, asset);
		return Result.ok(uploadJson(asset, v, f.get("responseFields"), f.get("extensions")));
	}

	private Map<String, Object> uploadJson(Asset asset, Version v, String responseFields, String extensions) {
		Set<String> wanted = new HashSet<>();
		if (responseFields != null) {
			for (String s : responseFields.split(",")) {
				wanted.add(s.trim());
			}
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("fileId", asset.fileId);
		out.put("name", v.name);
		out.put("filePath", v.filePath());
		out.put("url", url(v));
		out.put("thumbnailUrl", thumbnail(v));
		if (v.info.width() != null) {
			out.put("height", v.info.height());
			out.put("width", v.info.width());
		}
		out.put("size", v.size);
		out.put("fileType", v.info.image() ? "image" : "non-image");
		out.put("versionInfo", versionInfo(asset, v));
		out.put("AITags", v.aiTags);
		if (v.description != null) {
			out.put("description", v.description);
		}
		if (wanted.contains("tags")) {
			out.put("tags", v.tags);
		}
		if (wanted.contains("customCoordinates")) {
			out.put("customCoordinates", v.customCoordinates);
		}
		if (wanted.contains("isPrivateFile")) {
			out.put("isPrivateFile", v.isPrivate);
		}
		if (wanted.contains("isPublished")) {
			out.put("isPublished", v.isPublished);
		}
		if (wanted.contains("customMetadata")) {
			out.put("customMetadata", v.customMetadata);
		}
		if (wanted.contains("embeddedMetadata")) {
			out.put("embeddedMetadata", Map.of());
		}
		if (wanted.contains("metadata")) {
			out.put("metadata", metadataJson(v));
		}
		Map<String, Object> status = extensionStatus(extensions == null ? null : Json.parse(extensions));
		if (status != null) {
			out.put("extensionStatus", status);
		}
		return out;
	}

	/** Extensions are not run: each requested one reports {@code failed} so callers never assume results. */
	private static Map<String, Object> extensionStatus(JsonNode extensions) {
		if (extensions == null || !extensions.isArray() || extensions.isEmpty()) {
			return null;
		}
		Map<String, Object> status = new LinkedHashMap<>();
		for (JsonNode e : extensions) {
			String name = e.path("name").asString("");
			if (Set.of("remove-bg", "google-auto-tagging", "aws-auto-tagging", "ai-auto-description", "ai-tasks").contains(name)) {
				status.put(name, "failed");
			}
		}
		return status;
	}

	private static boolean bool(Map<String, String> fields, String name, boolean defaultValue) {
		String v = fields.get(name);
		if (v == null) {
			return defaultValue;
		}
		if (!v.equals("true") && !v.equals("false")) {
			throw ApiException.badRequest("Invalid " + name + " parameter: it must be true or false.");
		}
		return Boolean.parseBoolean(v);
	}

	private static List<String> tags(String raw) {
		if (raw == null) {
			return null;
		}
		if (raw.contains("%")) {
			throw ApiException.badRequest("Tags may not contain the % character.");
		}
		if (raw.length() > 500) {
			throw ApiException.badRequest("Tags may hold at most 500 characters in total.");
		}
		List<String> out = new ArrayList<>();
		for (String t : raw.split(",")) {
			if (!t.isBlank() && !out.contains(t.trim())) {
				out.add(t.trim());
			}
		}
		return out.isEmpty() ? null : out;
	}

	// ------------------------------------------------------------------ list & search

	private record Entry(SearchQuery.Target target, Map<String, Object> json, String parent) {
	}

	public synchronized Result list(Map<String, String> q) {
		String type = q.getOrDefault("type", "file");
		if (!Set.of("file", "file-version", "folder", "all").contains(type)) {
			throw ApiException.badRequest("Invalid type parameter: use file, file-version, folder or all.");
		}
		String fileType = q.getOrDefault("fileType", "all");
		if (!Set.of("all", "image", "non-image").contains(fileType)) {
			throw ApiException.badRequest("Invalid fileType parameter: use all, image or non-image.");
		}
		int limit = intParam(q, "limit", 1000, 1, 1000);
		int skip = intParam(q, "skip", 0, 0, Integer.MAX_VALUE);
		Comparator<Entry> order = comparator(q.getOrDefault("sort", "ASC_CREATED"));
		String searchQuery = q.get("searchQuery");
		Predicate<SearchQuery.Target> filter = (searchQuery == null || searchQuery.isBlank()) ? null
				: SearchQuery.parse(searchQuery, this.clock.instant(), this.customFields.types());
		// With a searchQuery the type parameter has no effect (catalog §4), except that file-version still selects versions.
		boolean searching = filter != null && !type.equals("file-version");
		boolean files = searching || type.equals("file") || type.equals("all");
		boolean versions = type.equals("file-version");
		boolean withFolders = (searching || type.equals("folder") || type.equals("all")) && fileType.equals("all");
		List<Entry> candidates = new ArrayList<>();
		for (Asset a : this.assets.values()) {
			for (Version v : a.versions) {
				boolean kindOk = (v.current && files) || (!v.current && versions);
				boolean fileTypeOk = fileType.equals("all") || fileType.equals(v.info.image() ? "image" : "non-image");
				if (kindOk && fileTypeOk) {
					candidates.add(new Entry(v, fileJson(a, v), folderKey(v.folder)));
				}
			}
		}
		if (withFolders) {
			for (Folder f : this.folders.values()) {
				String parent = f.path.substring(0, f.path.lastIndexOf('/'));
				candidates.add(new Entry(f, folderJson(f), parent.isEmpty() ? "/" : parent));
			}
		}
		String path = q.get("path");
		String pathKey = (path == null) ? null : folderKey(path);
		List<Object> page = candidates.stream()
			.filter((e) -> pathKey == null || e.parent.equals(pathKey))
			.filter((e) -> filter == null || filter.test(e.target))
			.sorted(order)
			.skip(skip)
			.limit(limit)
			.map((e) -> (Object) e.json)
			.toList();
		return Result.ok(page);
	}

	private static Comparator<Entry> comparator(String sort) {
		if (!sort.matches("(ASC|DESC)_(NAME|CREATED|UPDATED|HEIGHT|WIDTH|SIZE|RELEVANCE)")) {
			throw ApiException.badRequest("Invalid sort parameter.");
		}
		String key = sort.substring(sort.indexOf('_') + 1);
		Comparator<SearchQuery.Target> c = switch (key) {
			case "NAME" -> Comparator.comparing(SearchQuery.Target::name);
			case "UPDATED" -> Comparator.comparing(SearchQuery.Target::updatedAt);
			case "HEIGHT" -> Comparator.comparing(SearchQuery.Target::height, Comparator.nullsFirst(Comparator.naturalOrder()));
			case "WIDTH" -> Comparator.comparing(SearchQuery.Target::width, Comparator.nullsFirst(Comparator.naturalOrder()));
			case "SIZE" -> Comparator.comparing(SearchQuery.Target::size, Comparator.nullsFirst(Comparator.naturalOrder()));
			default -> Comparator.comparing(SearchQuery.Target::createdAt);
		};
		return Comparator.comparing(Entry::target, sort.startsWith("DESC") ? c.reversed() : c);
	}

	private static int intParam(Map<String, String> q, String name, int defaultValue, int min, int max) {
		String v = q.get(name);
		if (v == null) {
			return defaultValue;
		}
		int n;
		try {
			n = Integer.parseInt(v);
		}
		catch (NumberFormatException ex) {
			throw ApiException.badRequest("Invalid " + name + " parameter: it must be an integer.");
		}
		if (n < min || n > max) {
			throw ApiException.badRequest("Invalid " + name + " parameter: it must be between " + min + " and " + max + ".");
		}
		return n;
	}

	// ------------------------------------------------------------------ files

	public synchronized Result details(String fileId) {
		Asset a = asset(fileId);
		return Result.ok(fileJson(a, a.current()));
	}

	public synchronized Result update(String fileId, JsonNode body) {
		Json.object(body);
		Asset a = asset(fileId);
		Version v = a.current();
		Instant now = this.clock.instant();
		JsonNode publish = body.get("publish");
		if (publish != null) {
			if (body.size() > 1) {
				throw ApiException.badRequest("publish cannot be combined with other update fields.");
			}
			if (!publish.isObject() || !publish.path("isPublished").isBoolean()) {
				throw ApiException.badRequest("publish.isPublished is required and must be a boolean.");
			}
			boolean published = publish.get("isPublished").asBoolean();
			boolean all = Json.optionalBoolean(publish, "includeFileVersions", false);
			for (Version x : a.versions) {
				if (x.current || all) {
					x.isPublished = published;
					x.updatedAt = now;
				}
			}
			return Result.ok(fileJson(a, v));
		}
		Map<String, Object> metadata = null;
		JsonNode cm = body.get("customMetadata");
		if (cm != null && !cm.isNull()) {
			if (!cm.isObject()) {
				throw ApiException.badRequest("customMetadata must be an object.");
			}
			metadata = Json.toMap(cm);
			this.customFields.validate(metadata, true);
		}
		JsonNode tags = body.get("tags");
		List<String> newTags = null;
		if (tags != null && !tags.isNull()) {
			newTags = Json.requiredStrings(body, "tags", 500);
		}
		JsonNode remove = body.get("removeAITags");
		if (remove != null && !(remove.isArray() || (remove.isString() && remove.asString().equals("all")))) {
			throw ApiException.badRequest("removeAITags must be an array of tag names or \"all\".");
		}
		JsonNode extensions = body.get("extensions");
		if (extensions != null && !extensions.isNull() && !extensions.isArray()) {
			throw ApiException.badRequest("extensions must be an array.");
		}
		String coordinates = body.has("customCoordinates") ? Json.optionalString(body, "customCoordinates") : v.customCoordinates;
		String description = body.has("description") ? Json.optionalString(body, "description") : v.description;
		// AI tag removal runs before any extension, as at ImageKit.
		if (remove != null && v.aiTags != null) {
			if (remove.isString()) {
				v.aiTags = null;
			}
			else {
				Set<String> names = new HashSet<>();
				remove.forEach((n) -> names.add(n.asString()));
				v.aiTags.removeIf((t) -> names.contains(String.valueOf(t.get("name"))));
			}
		}
		if (tags != null) {
			v.tags = newTags;
		}
		if (metadata != null) {
			metadata.forEach((k, val) -> {
				if (val == null) {
					v.customMetadata.remove(k);
				}
				else {
					v.customMetadata.put(k, val);
				}
			});
		}
		v.customCoordinates = coordinates;
		v.description = description;
		v.updatedAt = now;
		Map<String, Object> out = fileJson(a, v);
		Map<String, Object> status = extensionStatus(extensions);
		if (status != null) {
			out.put("extensionStatus", status);
		}
		return Result.ok(out);
	}

	public synchronized Result delete(String fileId) {
		Asset a = asset(fileId);
		checkFileUnlocked(a.current().filePath());
		this.assets.remove(fileId);
		return Result.noContent();
	}

	/** Shared shape of the bulk operations: 404 with missingFileIds, 207 for files held by a folder job. */
	private Result bulk(List<String> fileIds, String successKey, java.util.function.Consumer<Asset> action) {
		return bulk(fileIds, successKey, true, action);
	}

	private Result bulk(List<String> fileIds, String successKey, boolean listMissing, java.util.function.Consumer<Asset> action) {
		List<String> missing = fileIds.stream().filter((id) -> !this.assets.containsKey(id)).distinct().toList();
		if (!missing.isEmpty()) {
			ApiException notFound = ApiException.notFound("The requested file(s) does not exist.");
			throw listMissing ? notFound.with("missingFileIds", missing) : notFound;
		}
		List<String> done = new ArrayList<>();
		List<Map<String, Object>> errors = new ArrayList<>();
		for (String id : new LinkedHashSet<>(fileIds)) {
			Asset a = this.assets.get(id);
			try {
				checkFileUnlocked(a.current().filePath());
				action.accept(a);
				done.add(id);
			}
			catch (ApiException ex) {
				errors.add(Map.of("fileId", id, "error", ex.getMessage()));
			}
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put(successKey, done);
		if (!errors.isEmpty()) {
			out.put("errors", errors);
			return new Result(207, out);
		}
		return Result.ok(out);
	}

	public synchronized Result bulkDelete(JsonNode body) {
		List<String> ids = Json.requiredStrings(Json.object(body), "fileIds", 100);
		return bulk(ids, "successfullyDeletedFileIds", (a) -> this.assets.remove(a.fileId));
	}

	public synchronized Result addTags(JsonNode body) {
		List<String> ids = Json.requiredStrings(Json.object(body), "fileIds", 50);
		List<String> tags = Json.requiredStrings(body, "tags", 500);
		Instant now = this.clock.instant();
		return bulk(ids, "successfullyUpdatedFileIds", (a) -> {
			Version v = a.current();
			List<String> merged = new ArrayList<>((v.tags == null) ? List.of() : v.tags);
			tags.stream().filter((t) -> !merged.contains(t)).forEach(merged::add);
			v.tags = merged;
			v.updatedAt = now;
		});
	}

	public synchronized Result removeTags(JsonNode body) {
		List<String> ids = Json.requiredStrings(Json.object(body), "fileIds", 50);
		List<String> tags = Json.requiredStrings(body, "tags", 500);
		Instant now = this.clock.instant();
		return bulk(ids, "successfullyUpdatedFileIds", (a) -> {
			Version v = a.current();
			if (v.tags != null) {
				List<String> left = new ArrayList<>(v.tags);
				left.removeAll(tags);
				v.tags = left.isEmpty() ? null : left;
			}
			v.updatedAt = now;
		});
	}

	public synchronized Result removeAITags(JsonNode body) {
		List<String> ids = Json.requiredStrings(Json.object(body), "fileIds", 50);
		List<String> names = Json.requiredStrings(body, "AITags", 500);
		Instant now = this.clock.instant();
		// The spec declares no missingFileIds on this operation's 404.
		return bulk(ids, "successfullyUpdatedFileIds", false, (a) -> {
			Version v = a.current();
			if (v.aiTags != null) {
				v.aiTags.removeIf((t) -> names.contains(String.valueOf(t.get("name"))));
				v.aiTags = v.aiTags.isEmpty() ? null : v.aiTags;
			}
			v.updatedAt = now;
		});
	}

	private Asset sourceFile(String sourceFilePath) {
		Asset a = findByPath(sourceFilePath);
		if (a == null) {
			throw ApiException.notFound("No file found with filePath " + sourceFilePath + ".").with("reason", "SOURCE_FILE_MISSING");
		}
		return a;
	}

	public synchronized Result copyFile(JsonNode body) {
		Json.object(body);
		Asset source = sourceFile(Json.requiredString(body, "sourceFilePath"));
		String dest = folderPrefix(Json.requiredString(body, "destinationPath"));
		boolean withVersions = Json.optionalBoolean(body, "includeFileVersions", false);
		checkFileUnlocked(source.current().filePath());
		checkFileUnlocked(folderKey(dest));
		List<Version> copies = (withVersions ? source.versions : List.of(source.current())).stream().map(Version::copy).toList();
		placeVersions(copies, dest, source.current().name);
		return Result.noContent();
	}

	public synchronized Result moveFile(JsonNode body) {
		Json.object(body);
		Asset source = sourceFile(Json.requiredString(body, "sourceFilePath"));
		String dest = folderPrefix(Json.requiredString(body, "destinationPath"));
		checkFileUnlocked(source.current().filePath());
		checkFileUnlocked(folderKey(dest));
		if (dest.equals(source.current().folder)) {
			return Result.noContent();
		}
		this.assets.remove(source.fileId);
		placeVersions(moveOrder(source), dest, source.current().name, source.fileId);
		return Result.noContent();
	}

	/** Versions oldest first, with the current one last so it stays current after placing. */
	private static List<Version> moveOrder(Asset a) {
		List<Version> out = new ArrayList<>(a.versions);
		Version current = a.current();
		out.remove(current);
		out.add(current);
		return out;
	}

	private void placeVersions(List<Version> versions, String destFolder, String name) {
		placeVersions(versions, destFolder, name, newId());
	}

	/** Puts versions at {@code destFolder/name}: appended to an existing file there, else as a new file. */
	private void placeVersions(List<Version> versions, String destFolder, String name, String newFileId) {
		Instant now = this.clock.instant();
		ensureFolder(destFolder);
		Asset target = findByPath(destFolder + name);
		if (target == null) {
			target = new Asset(newFileId);
			this.assets.put(target.fileId, target);
		}
		for (Version v : versions) {
			v.folder = destFolder;
			v.name = name;
			v.updatedAt = now;
			target.addCurrent(v);
		}
	}

	public synchronized Result rename(JsonNode body) {
		Json.object(body);
		String filePath = Json.requiredString(body, "filePath");
		String newName = sanitizeFileName(Json.requiredString(body, "newFileName"));
		boolean purge = Json.optionalBoolean(body, "purgeCache", false);
		Asset a = findByPath(filePath);
		if (a == null) {
			throw ApiException.notFound("No file found in media library at filePath " + filePath).with("reason", "FILE_MISSING");
		}
		Version current = a.current();
		checkFileUnlocked(current.filePath());
		if (findByPath(current.folder + newName) != null) {
			throw new ApiException(409, "File with name " + newName + " already exists at the same location.").with("reason", "FILE_ALREADY_EXISTS");
		}
		Instant now = this.clock.instant();
		for (Version v : a.versions) {
			v.name = newName;
			v.updatedAt = now;
		}
		Map<String, Object> out = new LinkedHashMap<>();
		if (purge) {
			out.put("purgeRequestId", newPurge());
		}
		return Result.ok(out);
	}

	// ------------------------------------------------------------------ versions

	private Version version(Asset a, String versionId) {
		return a.versions.stream().filter((v) -> v.versionId.equals(versionId)).findFirst()
			.orElseThrow(() -> ApiException.notFound("The requested file version does not exist."));
	}

	public synchronized Result versions(String fileId) {
		Asset a = asset(fileId);
		return Result.ok(a.versions.stream().map((v) -> fileJson(a, v)).toList());
	}

	public synchronized Result version(String fileId, String versionId) {
		Asset a = asset(fileId);
		return Result.ok(fileJson(a, version(a, versionId)));
	}

	public synchronized Result deleteVersion(String fileId, String versionId) {
		Asset a = asset(fileId);
		Version v = version(a, versionId);
		if (v.current) {
			throw ApiException.badRequest("You cannot delete the current version of a file.");
		}
		a.versions.remove(v);
		return Result.noContent();
	}

	public synchronized Result restoreVersion(String fileId, String versionId) {
		Asset a = asset(fileId);
		Version v = version(a, versionId);
		checkFileUnlocked(v.filePath());
		a.versions.forEach((x) -> x.current = false);
		v.current = true;
		v.updatedAt = this.clock.instant();
		return Result.ok(fileJson(a, v));
	}

	// ------------------------------------------------------------------ folders

	public synchronized Result createFolder(JsonNode body) {
		Json.object(body);
		String name = Json.requiredString(body, "folderName").replaceAll("[^\\p{L}\\p{N}]", "_");
		String parent = Json.requiredString(body, "parentFolderPath");
		String path = folderPrefix(parent) + name;
		checkFileUnlocked(folderKey(path));
		ensureFolder(path);
		return Result.created(Map.of());
	}

	private Folder folder(String path, String field) {
		String key = folderKey(path);
		Folder f = this.folders.get(key);
		if (f == null) {
			// Rename-folder errors carry no reason in the spec; the other folder operations do.
			ApiException notFound = ApiException.notFound("No folder found at " + field + " " + key + ".");
			throw field.equals("folderPath to rename") ? notFound : notFound.with("reason", "FOLDER_NOT_FOUND");
		}
		return f;
	}

	public synchronized Result deleteFolder(JsonNode body) {
		Json.object(body);
		Folder f = folder(Json.requiredString(body, "folderPath"), "folderPath");
		checkTreeUnlocked(f.path);
		removeTree(f.path);
		return Result.noContent();
	}

	private void removeTree(String key) {
		this.folders.keySet().removeIf((p) -> under(p, key));
		this.assets.values().removeIf((a) -> under(a.current().filePath(), key));
	}

	private String destinationFolder(String destinationPath) {
		String dest = folderKey(destinationPath);
		if (!dest.equals("/") && !this.folders.containsKey(dest)) {
			throw ApiException.notFound("No folder found at destinationPath " + dest + ".").with("reason", "FOLDER_NOT_FOUND");
		}
		return dest;
	}

	public synchronized Result copyFolder(JsonNode body) {
		Json.object(body);
		Folder source = folder(Json.requiredString(body, "sourceFolderPath"), "sourceFolderPath");
		String dest = destinationFolder(Json.requiredString(body, "destinationPath"));
		boolean versions = Json.optionalBoolean(body, "includeVersions", false);
		checkJobTarget(source.path, dest);
		String target = (dest.equals("/") ? "" : dest) + "/" + source.name();
		String jobId = startJob("COPY_FOLDER", List.of(source.path, target), () -> copyTree(source.path, target, versions));
		return Result.ok(Map.of("jobId", jobId));
	}

	public synchronized Result moveFolder(JsonNode body) {
		Json.object(body);
		Folder source = folder(Json.requiredString(body, "sourceFolderPath"), "sourceFolderPath");
		String dest = destinationFolder(Json.requiredString(body, "destinationPath"));
		checkJobTarget(source.path, dest);
		String target = (dest.equals("/") ? "" : dest) + "/" + source.name();
		String jobId = startJob("MOVE_FOLDER", List.of(source.path, target), () -> moveTree(source.path, target));
		return Result.ok(Map.of("jobId", jobId));
	}

	public synchronized Result renameFolder(JsonNode body) {
		Json.object(body);
		String path = folderKey(Json.requiredString(body, "folderPath"));
		if (path.equals("/")) {
			throw ApiException.badRequest("folderPath cannot be root.");
		}
		Folder source = folder(path, "folderPath to rename");
		String newName = Json.requiredString(body, "newFolderName").replaceAll("[^\\p{L}\\p{N}_-]", "_");
		boolean purge = Json.optionalBoolean(body, "purgeCache", false);
		String parent = source.path.substring(0, source.path.lastIndexOf('/'));
		String target = parent + "/" + newName;
		if (this.folders.containsKey(target)) {
			throw new ApiException(409, "Folder with name " + newName + " already exists at the same location.");
		}
		checkJobTarget(source.path, target, false);
		String jobId = startJob("RENAME_FOLDER", List.of(source.path, target), () -> moveTree(source.path, target));
		if (purge) {
			this.jobs.get(jobId).purgeRequestId = newPurge();
		}
		return new Result(202, Map.of("jobId", jobId));
	}

	private void checkJobTarget(String source, String dest) {
		checkJobTarget(source, dest, true);
	}

	private void checkJobTarget(String source, String dest, boolean withReason) {
		if (under(dest, source) && !dest.equals(source)) {
			ApiException bad = ApiException.badRequest("The destination cannot be inside the source folder.");
			throw withReason ? bad.with("reason", "INVALID_FOLDER_PATH") : bad;
		}
		checkTreeUnlocked(source);
		for (Job job : this.jobs.values()) {
			if (!job.completed && job.lockedFolders.stream().anyMatch((f) -> under(dest, f) || under(f, dest))) {
				throw new ApiException(423, "Destination folder path is already locked. Please try after sometime.");
			}
		}
	}

	private void copyTree(String source, String target, boolean withVersions) {
		if (!this.folders.containsKey(source)) {
			return;
		}
		List<String> subfolders = this.folders.keySet().stream().filter((p) -> under(p, source)).toList();
		subfolders.forEach((p) -> ensureFolder(target + p.substring(source.length())));
		for (Asset a : List.copyOf(this.assets.values())) {
			Version current = a.current();
			if (under(current.filePath(), source)) {
				String folder = target + current.folder.substring(source.length());
				List<Version> copies = (withVersions ? moveOrder(a) : List.of(current)).stream().map(Version::copy).toList();
				placeVersions(copies, folder, current.name);
			}
		}
	}

	private void moveTree(String source, String target) {
		if (!this.folders.containsKey(source)) {
			return;
		}
		List<String> subfolders = this.folders.keySet().stream().filter((p) -> under(p, source)).toList();
		subfolders.forEach((p) -> ensureFolder(target + p.substring(source.length())));
		for (Asset a : List.copyOf(this.assets.values())) {
			Version current = a.current();
			if (under(current.filePath(), source)) {
				String folder = target + current.folder.substring(source.length());
				this.assets.remove(a.fileId);
				placeVersions(moveOrder(a), folder, current.name, a.fileId);
			}
		}
		this.folders.keySet().removeIf((p) -> under(p, source));
	}

	public synchronized Result jobStatus(String jobId) {
		Job job = this.jobs.get(jobId);
		if (job == null) {
			throw ApiException.notFound("No bulk job found with jobId " + jobId + ".");
		}
		job.polls++;
		if (!job.completed && due(job.createdAt, job.polls)) {
			complete(job);
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("jobId", job.jobId);
		out.put("type", job.type);
		out.put("status", job.completed ? "Completed" : "Pending");
		if (job.purgeRequestId != null) {
			out.put("purgeRequestId", job.purgeRequestId);
		}
		return Result.ok(out);
	}

	// ------------------------------------------------------------------ metadata

	private static Map<String, Object> metadataJson(Version v) {
		Map<String, Object> out = new LinkedHashMap<>();
		if (v.info.width() != null) {
			out.put("height", v.info.height());
			out.put("width", v.info.width());
		}
		out.put("size", v.size);
		out.put("format", v.info.format());
		out.put("hasColorProfile", false);
		out.put("hasTransparency", v.info.hasAlpha());
		return out;
	}

	public synchronized Result metadata(String fileId) {
		return Result.ok(metadataJson(asset(fileId).current()));
	}

	public synchronized Result metadataFromUrl(String url) {
		if (url == null || url.isBlank()) {
			throw ApiException.badRequest("Missing url parameter.");
		}
		String filePath = filePathOf(url);
		if (filePath == null) {
			throw ApiException.badRequest("The url is not served by this account's URL endpoint " + this.urlEndpoint.get() + ".");
		}
		Asset a = findByPath(filePath);
		if (a == null) {
			throw ApiException.notFound("No file found at " + url + ".");
		}
		return Result.ok(metadataJson(a.current()));
	}

	/** The file path a delivery URL points at (transformations and query dropped), or {@code null} if foreign. */
	private String filePathOf(String url) {
		String endpoint = this.urlEndpoint.get();
		return url.startsWith(endpoint + "/") ? filePathOfPath(url.substring(endpoint.length())) : null;
	}

	/** {@code /tr:w-100/a/b.png?tr=h-10} → {@code /a/b.png}. */
	private static String filePathOfPath(String rawPath) {
		String rest = rawPath;
		int q = rest.indexOf('?');
		rest = (q >= 0) ? rest.substring(0, q) : rest;
		if (rest.startsWith("/tr:")) {
			int slash = rest.indexOf('/', 1);
			rest = (slash >= 0) ? rest.substring(slash) : "/";
		}
		return java.net.URLDecoder.decode(rest, java.nio.charset.StandardCharsets.UTF_8);
	}

	// ------------------------------------------------------------------ delivery

	/** What delivery sends for a found file. */
	public record Delivered(byte[] bytes, String mime) {
	}

	/**
	 * The file a GET under the URL endpoint asks for, counted as bandwidth.
	 * @param rawPath the request path after the URL endpoint prefix, e.g. {@code /tr:w-100/a.png}
	 * @param signed whether the URL carried a valid, unexpired signature; private files need one
	 * @throws ApiException 404 when no file is there, 401 for a private file without a valid signature
	 */
	public synchronized Delivered deliver(String rawPath, boolean signed) {
		Asset a = findByPath(filePathOfPath(rawPath));
		Instant now = this.clock.instant();
		if (a == null) {
			this.deliveries.add(new Delivery(now, 0, null, 404));
			throw ApiException.notFound("File not found.");
		}
		Version v = a.current();
		if (v.isPrivate && !signed) {
			this.deliveries.add(new Delivery(now, 0, null, 401));
			throw new ApiException(401, "Private files need a valid signed URL.");
		}
		this.deliveries.add(new Delivery(now, v.size, v.info.mime(), 200));
		return new Delivered(this.blobs.get(v.blobId), v.info.mime());
	}

	// ------------------------------------------------------------------ custom metadata fields

	public synchronized Result createField(JsonNode body) {
		return Result.created(this.customFields.create(body));
	}

	public synchronized Result listFields(Map<String, String> q) {
		return Result.ok(this.customFields.list("true".equals(q.get("includeDeleted"))));
	}

	public synchronized Result updateField(String id, JsonNode body) {
		return Result.ok(this.customFields.update(id, body));
	}

	public synchronized Result deleteField(String id) {
		this.customFields.delete(id);
		return Result.noContent();
	}

	// ------------------------------------------------------------------ purge

	private String newPurge() {
		Purge p = new Purge();
		p.createdAt = this.clock.instant();
		String id = newId();
		this.purges.put(id, p);
		return id;
	}

	public synchronized Result purge(JsonNode body) {
		String url = Json.requiredString(Json.object(body), "url");
		if (!url.startsWith("http://") && !url.startsWith("https://")) {
			throw ApiException.badRequest("Invalid url parameter: it must be a full URL.");
		}
		return Result.created(Map.of("requestId", newPurge()));
	}

	public synchronized Result purgeStatus(String requestId) {
		Purge p = this.purges.get(requestId);
		if (p == null) {
			throw ApiException.badRequest("No purge request found with requestId " + requestId + ".");
		}
		p.polls++;
		return Result.ok(Map.of("status", due(p.createdAt, p.polls) ? "Completed" : "Pending"));
	}

	// ------------------------------------------------------------------ usage

	private LocalDate[] dateRange(Map<String, String> q, boolean endInclusive) {
		String start = q.get("startDate");
		String end = q.get("endDate");
		if (start == null || end == null) {
			throw ApiException.badRequest("startDate and endDate are required.");
		}
		try {
			LocalDate s = LocalDate.parse(start);
			LocalDate e = LocalDate.parse(end);
			LocalDate exclusiveEnd = endInclusive ? e.plusDays(1) : e;
			if (!exclusiveEnd.isAfter(s)) {
				throw ApiException.badRequest("endDate must be after startDate.");
			}
			if (ChronoUnit.DAYS.between(s, exclusiveEnd) > 90) {
				throw ApiException.badRequest("The date range must be less than 90 days.");
			}
			return new LocalDate[] { s, exclusiveEnd };
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest("startDate and endDate must be dates in YYYY-MM-DD format.");
		}
	}

	private List<Delivery> deliveriesIn(LocalDate[] range) {
		Instant from = range[0].atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = range[1].atStartOfDay(ZoneOffset.UTC).toInstant();
		return this.deliveries.stream().filter((d) -> !d.at.isBefore(from) && d.at.isBefore(to)).toList();
	}

	public synchronized Result usage(Map<String, String> q) {
		List<Delivery> in = deliveriesIn(dateRange(q, false));
		long storage = this.assets.values().stream().flatMap((a) -> a.versions.stream()).mapToLong((v) -> v.size).sum();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("bandwidthBytes", in.stream().mapToLong(Delivery::bytes).sum());
		out.put("mediaLibraryStorageBytes", storage);
		out.put("videoProcessingUnitsCount", 0);
		out.put("extensionUnitsCount", 0);
		out.put("originalCacheStorageBytes", 0);
		return Result.ok(out);
	}

	public synchronized Result usageAnalytics(Map<String, String> q) {
		LocalDate[] range = dateRange(q, true);
		List<Delivery> in = deliveriesIn(range);
		Map<String, long[]> byFormat = new TreeMap<>();
		Map<Integer, long[]> byStatus = new TreeMap<>();
		for (Delivery d : in) {
			if (d.format != null) {
				long[] f = byFormat.computeIfAbsent(d.format, (k) -> new long[2]);
				f[0] += d.bytes;
				f[1]++;
			}
			byStatus.computeIfAbsent(d.status, (k) -> new long[1])[0]++;
		}
		List<Map<String, Object>> formats = byFormat.entrySet().stream()
			.map((e) -> Map.<String, Object>of("name", e.getKey(), "bandwidthBytes", e.getValue()[0], "requestCount", e.getValue()[1]))
			.toList();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("bandwidthBytes", in.stream().mapToLong(Delivery::bytes).sum());
		out.put("requestCount", in.size());
		out.put("startDate", range[0].toString());
		out.put("endDate", range[1].minusDays(1).toString());
		out.put("generatedAt", iso(this.clock.instant()));
		out.put("format", Map.of(
				"byBandwidth", formats.stream().sorted(Comparator.comparing((Map<String, Object> m) -> (Long) m.get("bandwidthBytes")).reversed()).toList(),
				"byRequests", formats.stream().sorted(Comparator.comparing((Map<String, Object> m) -> (Long) m.get("requestCount")).reversed()).toList()));
		out.put("statusCodes", byStatus.entrySet().stream()
			.map((e) -> Map.<String, Object>of("code", e.getKey(), "requestCount", e.getValue()[0]))
			.toList());
		return Result.ok(out);
	}

	// ------------------------------------------------------------------ account resources

	/** Runs an account-resource call under the store's lock. */
	public synchronized Result account(java.util.function.Function<AccountResources, Result> call) {
		return call.apply(this.account);
	}

}
