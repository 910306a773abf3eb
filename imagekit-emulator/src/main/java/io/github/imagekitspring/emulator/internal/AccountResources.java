package io.github.imagekitspring.emulator.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Origins, URL endpoints, saved extensions and named transformations. */
final class AccountResources {

	/** A URL endpoint as a create or replace call gives it; {@code urlPrefix} and {@code urlRewriter} may be {@code null}. */
	record UrlEndpoint(String description, String urlPrefix, List<String> origins, Map<String, Object> urlRewriter) {
	}

	/** A saved extension's changes; {@code null} leaves a field alone. */
	record ExtensionChange(String name, String description, Map<String, Object> config) {
	}

	/** A named transformation's changes; {@code null} leaves a field alone. */
	record NamedTransformationChange(String name, String transformation, Boolean enabled) {
	}

	/** Per origin type: required request fields, optional request fields, and the fields the response shows. */
	private record OriginType(List<String> required, List<String> response) {
	}

	private static final Map<String, OriginType> ORIGIN_TYPES = Map.of(
			"S3", new OriginType(List.of("bucket", "accessKey", "secretKey"), List.of("bucket", "prefix", "useIAMRole")),
			"S3_COMPATIBLE", new OriginType(List.of("bucket", "accessKey", "secretKey", "endpoint"), List.of("bucket", "prefix", "endpoint", "s3ForcePathStyle")),
			"CLOUDINARY_BACKUP", new OriginType(List.of("bucket", "accessKey", "secretKey"), List.of("bucket", "prefix", "useIAMRole")),
			"WEB_FOLDER", new OriginType(List.of("baseUrl"), List.of("baseUrl", "forwardHostHeaderToOrigin")),
			"WEB_PROXY", new OriginType(List.of(), List.of()),
			"GCS", new OriginType(List.of("bucket", "clientEmail", "privateKey"), List.of("bucket", "prefix", "clientEmail")),
			"AZURE_BLOB", new OriginType(List.of("container", "accountName", "sasToken"), List.of("container", "prefix", "accountName")),
			"AKENEO_PIM", new OriginType(List.of("baseUrl", "clientId", "clientSecret", "username", "password"), List.of("baseUrl")));

	private static final Map<String, Object> DEFAULTS = Map.of("prefix", "", "useIAMRole", false, "s3ForcePathStyle", false,
			"forwardHostHeaderToOrigin", false);

	private static final Pattern ORIGIN_NAME = Pattern.compile("[a-zA-Z0-9 ]{1,100}");

	private static final Pattern URL_PREFIX = Pattern.compile("[a-zA-Z0-9-]{0,100}");

	private static final Pattern TRANSFORMATION_NAME = Pattern.compile("[A-Za-z0-9_]+");

	private static final Set<String> EXTENSION_NAMES = Set.of("remove-bg", "google-auto-tagging", "aws-auto-tagging",
			"ai-auto-description", "ai-tasks");

	private final Map<String, Map<String, Object>> origins = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> urlEndpoints = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> extensions = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> namedTransformations = new LinkedHashMap<>();

	private final Supplier<String> ids;

	private final Clock clock;

	AccountResources(Supplier<String> ids, Clock clock) {
		this.ids = ids;
		this.clock = clock;
		clear();
	}

	void clear() {
		this.origins.clear();
		this.urlEndpoints.clear();
		this.extensions.clear();
		this.namedTransformations.clear();
		Map<String, Object> defaultEndpoint = new LinkedHashMap<>();
		defaultEndpoint.put("id", "default");
		defaultEndpoint.put("description", "Default URL endpoint");
		defaultEndpoint.put("urlPrefix", "");
		defaultEndpoint.put("origins", List.of());
		this.urlEndpoints.put("default", defaultEndpoint);
	}

	// Origins

	List<Map<String, Object>> listOrigins() {
		return this.origins.values().stream().map(AccountResources::originResponse).toList();
	}

	Map<String, Object> getOrigin(String id) {
		return originResponse(find(this.origins, id, "origin"));
	}

	/** Creates an origin from its JSON object; which fields it needs depends on its type. */
	Map<String, Object> createOrigin(Map<String, Object> body) {
		Map<String, Object> origin = checkOrigin(body);
		origin.put("id", this.ids.get());
		this.origins.put((String) origin.get("id"), origin);
		return originResponse(origin);
	}

	Map<String, Object> replaceOrigin(String id, Map<String, Object> body) {
		find(this.origins, id, "origin");
		Map<String, Object> origin = checkOrigin(body);
		origin.put("id", id);
		this.origins.put(id, origin);
		return originResponse(origin);
	}

	void deleteOrigin(String id) {
		find(this.origins, id, "origin");
		boolean used = this.urlEndpoints.values().stream().anyMatch((e) -> ((List<?>) e.get("origins")).contains(id));
		if (used) {
			throw ApiException.invalid("The origin is used by a URL endpoint; remove it from the endpoint first.");
		}
		this.origins.remove(id);
	}

	private static Map<String, Object> checkOrigin(Map<String, Object> body) {
		String type = requiredText(body, "type");
		OriginType spec = ORIGIN_TYPES.get(type);
		if (spec == null) {
			throw ApiException.invalid("Invalid origin type '" + type + "'. Allowed: " + String.join(", ", ORIGIN_TYPES.keySet().stream().sorted().toList()) + ".");
		}
		String name = requiredText(body, "name");
		if (!ORIGIN_NAME.matcher(name).matches()) {
			throw ApiException.invalid("name must be 1-100 letters, digits or spaces.");
		}
		for (String field : spec.required) {
			// Empty access keys are allowed: they mean the origin uses an IAM role.
			boolean iamKeys = (field.equals("accessKey") || field.equals("secretKey")) && body.get(field) instanceof String;
			if (!iamKeys) {
				requiredText(body, field);
			}
		}
		Map<String, Object> origin = new LinkedHashMap<>(body);
		origin.putIfAbsent("includeCanonicalHeader", false);
		for (String field : spec.response) {
			if (DEFAULTS.containsKey(field)) {
				origin.putIfAbsent(field, DEFAULTS.get(field));
			}
		}
		return origin;
	}

	private static String requiredText(Map<String, Object> body, String field) {
		if (!(body.get(field) instanceof String text) || text.isEmpty()) {
			throw ApiException.invalid("Missing or invalid " + field + " parameter.");
		}
		return text;
	}

	private static Map<String, Object> originResponse(Map<String, Object> origin) {
		OriginType spec = ORIGIN_TYPES.get((String) origin.get("type"));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", origin.get("id"));
		out.put("name", origin.get("name"));
		out.put("type", origin.get("type"));
		out.put("includeCanonicalHeader", origin.get("includeCanonicalHeader"));
		if (origin.get("baseUrlForCanonicalHeader") != null) {
			out.put("baseUrlForCanonicalHeader", origin.get("baseUrlForCanonicalHeader"));
		}
		for (String field : spec.response) {
			if (origin.get(field) != null) {
				out.put(field, origin.get(field));
			}
		}
		return out;
	}

	// URL endpoints

	List<Map<String, Object>> listUrlEndpoints() {
		return new ArrayList<>(this.urlEndpoints.values());
	}

	Map<String, Object> getUrlEndpoint(String id) {
		return find(this.urlEndpoints, id, "URL endpoint");
	}

	Map<String, Object> createUrlEndpoint(UrlEndpoint body) {
		Map<String, Object> endpoint = checkUrlEndpoint(body, null);
		endpoint.put("id", this.ids.get());
		this.urlEndpoints.put((String) endpoint.get("id"), endpoint);
		return endpoint;
	}

	Map<String, Object> replaceUrlEndpoint(String id, UrlEndpoint body) {
		find(this.urlEndpoints, id, "URL endpoint");
		Map<String, Object> endpoint = checkUrlEndpoint(body, id);
		endpoint.put("id", id);
		this.urlEndpoints.put(id, endpoint);
		return endpoint;
	}

	void deleteUrlEndpoint(String id) {
		find(this.urlEndpoints, id, "URL endpoint");
		if (id.equals("default")) {
			throw ApiException.invalid("The default URL endpoint cannot be deleted.");
		}
		this.urlEndpoints.remove(id);
	}

	private Map<String, Object> checkUrlEndpoint(UrlEndpoint body, String exceptId) {
		String description = body.description();
		if (description.length() > 1000) {
			throw ApiException.invalid("description must be at most 1000 characters.");
		}
		String prefix = (body.urlPrefix() == null) ? "" : body.urlPrefix();
		if (!URL_PREFIX.matcher(prefix).matches()) {
			throw ApiException.invalid("urlPrefix must be at most 100 letters, digits or hyphens.");
		}
		if (this.urlEndpoints.values().stream().anyMatch((e) -> e.get("urlPrefix").equals(prefix) && !e.get("id").equals(exceptId))) {
			throw ApiException.invalid("A URL endpoint with urlPrefix '" + prefix + "' already exists.");
		}
		for (String o : body.origins()) {
			if (!this.origins.containsKey(o)) {
				throw ApiException.invalid("origins contains an unknown origin id: \"" + o + "\".");
			}
		}
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("description", description);
		endpoint.put("urlPrefix", prefix);
		endpoint.put("origins", List.copyOf(body.origins()));
		if (body.urlRewriter() != null) {
			Object type = body.urlRewriter().get("type");
			if (!(type instanceof String) || !Set.of("CLOUDINARY", "IMGIX", "AKAMAI").contains(type)) {
				throw ApiException.invalid("urlRewriter.type must be CLOUDINARY, IMGIX or AKAMAI.");
			}
			Map<String, Object> r = new LinkedHashMap<>(body.urlRewriter());
			if (type.equals("CLOUDINARY")) {
				r.putIfAbsent("preserveAssetDeliveryTypes", false);
			}
			endpoint.put("urlRewriter", r);
		}
		return endpoint;
	}

	// Saved extensions

	List<Map<String, Object>> listExtensions() {
		return new ArrayList<>(this.extensions.values());
	}

	Map<String, Object> getExtension(String id) {
		return find(this.extensions, id, "saved extension");
	}

	Map<String, Object> createExtension(String name, String description, Map<String, Object> config) {
		if (this.extensions.size() >= 100) {
			throw ApiException.invalid("At most 100 saved extensions are allowed per account.");
		}
		Map<String, Object> ext = new LinkedHashMap<>();
		ext.put("id", this.ids.get());
		ext.put("name", name);
		ext.put("description", description);
		ext.put("config", checkConfig(config));
		String now = Ids.iso(this.clock.instant());
		ext.put("createdAt", now);
		ext.put("updatedAt", now);
		this.extensions.put((String) ext.get("id"), ext);
		return ext;
	}

	Map<String, Object> updateExtension(String id, ExtensionChange change) {
		Map<String, Object> ext = find(this.extensions, id, "saved extension");
		if (change.name() != null) {
			ext.put("name", change.name());
		}
		if (change.description() != null) {
			ext.put("description", change.description());
		}
		if (change.config() != null) {
			ext.put("config", checkConfig(change.config()));
		}
		ext.put("updatedAt", Ids.iso(this.clock.instant()));
		return ext;
	}

	void deleteExtension(String id) {
		find(this.extensions, id, "saved extension");
		this.extensions.remove(id);
	}

	private static Map<String, Object> checkConfig(Map<String, Object> config) {
		String name = requiredText(config, "name");
		if (!EXTENSION_NAMES.contains(name)) {
			throw ApiException.invalid("config.name must be one of " + String.join(", ", EXTENSION_NAMES.stream().sorted().toList()) + ".");
		}
		if (name.endsWith("auto-tagging") && (!(config.get("minConfidence") instanceof Number) || !(config.get("maxTags") instanceof Number))) {
			throw ApiException.invalid("Auto-tagging extensions need numeric minConfidence and maxTags.");
		}
		if (name.equals("ai-tasks") && (!(config.get("tasks") instanceof List<?> tasks) || tasks.isEmpty() || tasks.size() > 10)) {
			throw ApiException.invalid("ai-tasks needs 1 to 10 tasks.");
		}
		return config;
	}

	// Named transformations

	List<Map<String, Object>> listNamedTransformations() {
		return new ArrayList<>(this.namedTransformations.values());
	}

	Map<String, Object> getNamedTransformation(String id) {
		return find(this.namedTransformations, id, "named transformation");
	}

	Map<String, Object> createNamedTransformation(String name, String transformation, boolean enabled) {
		if (this.namedTransformations.size() >= 250) {
			throw ApiException.invalid("At most 250 named transformations are allowed per account.");
		}
		Map<String, Object> nt = new LinkedHashMap<>();
		nt.put("id", this.ids.get());
		nt.put("name", checkTransformationName(name, null));
		nt.put("transformation", transformation);
		nt.put("enabled", enabled);
		nt.put("createdAt", Ids.iso(this.clock.instant()));
		this.namedTransformations.put((String) nt.get("id"), nt);
		return nt;
	}

	Map<String, Object> updateNamedTransformation(String id, NamedTransformationChange change) {
		Map<String, Object> nt = find(this.namedTransformations, id, "named transformation");
		if (change.name() != null) {
			nt.put("name", checkTransformationName(change.name(), id));
		}
		if (change.transformation() != null) {
			nt.put("transformation", change.transformation());
		}
		if (change.enabled() != null) {
			nt.put("enabled", change.enabled());
		}
		return nt;
	}

	void deleteNamedTransformation(String id) {
		find(this.namedTransformations, id, "named transformation");
		this.namedTransformations.remove(id);
	}

	private String checkTransformationName(String name, String exceptId) {
		if (!TRANSFORMATION_NAME.matcher(name).matches()) {
			throw ApiException.invalid("name may only hold letters, digits and underscores.");
		}
		if (this.namedTransformations.values().stream().anyMatch((n) -> n.get("name").equals(name) && !n.get("id").equals(exceptId))) {
			throw new ApiException(ApiException.Kind.CONFLICT, "A named transformation called '" + name + "' already exists.");
		}
		return name;
	}

	private static Map<String, Object> find(Map<String, Map<String, Object>> map, String id, String what) {
		Map<String, Object> found = map.get(id);
		if (found == null) {
			throw ApiException.notFound("No " + what + " with id " + id + " exists.");
		}
		return found;
	}

}
