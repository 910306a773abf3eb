package io.github.imagekitspring.emulator.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** Origins, URL endpoints, saved extensions and named transformations (catalog §9.3, §9.4, §10). */
final class AccountResources {

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

	Map<String, Object> createOrigin(JsonNode body) {
		Map<String, Object> origin = checkOrigin(body);
		origin.put("id", this.ids.get());
		this.origins.put((String) origin.get("id"), origin);
		return originResponse(origin);
	}

	Map<String, Object> replaceOrigin(String id, JsonNode body) {
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
			throw ApiException.badRequest("The origin is used by a URL endpoint; remove it from the endpoint first.");
		}
		this.origins.remove(id);
	}

	private static Map<String, Object> checkOrigin(JsonNode body) {
		Json.object(body);
		String type = Json.requiredString(body, "type");
		OriginType spec = ORIGIN_TYPES.get(type);
		if (spec == null) {
			throw ApiException.badRequest("Invalid origin type '" + type + "'. Allowed: " + String.join(", ", ORIGIN_TYPES.keySet().stream().sorted().toList()) + ".");
		}
		String name = Json.requiredString(body, "name");
		if (!ORIGIN_NAME.matcher(name).matches()) {
			throw ApiException.badRequest("name must be 1-100 letters, digits or spaces.");
		}
		for (String field : spec.required) {
			JsonNode v = body.get(field);
			boolean iamKeys = (field.equals("accessKey") || field.equals("secretKey")) && v != null && v.isString();
			if (!iamKeys) {
				Json.requiredString(body, field);
			}
		}
		Map<String, Object> origin = Json.toMap(body);
		origin.putIfAbsent("includeCanonicalHeader", false);
		for (String field : spec.response) {
			if (DEFAULTS.containsKey(field)) {
				origin.putIfAbsent(field, DEFAULTS.get(field));
			}
		}
		return origin;
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

	Map<String, Object> createUrlEndpoint(JsonNode body) {
		Map<String, Object> endpoint = checkUrlEndpoint(body, null);
		endpoint.put("id", this.ids.get());
		this.urlEndpoints.put((String) endpoint.get("id"), endpoint);
		return endpoint;
	}

	Map<String, Object> replaceUrlEndpoint(String id, JsonNode body) {
		find(this.urlEndpoints, id, "URL endpoint");
		Map<String, Object> endpoint = checkUrlEndpoint(body, id);
		endpoint.put("id", id);
		this.urlEndpoints.put(id, endpoint);
		return endpoint;
	}

	void deleteUrlEndpoint(String id) {
		find(this.urlEndpoints, id, "URL endpoint");
		if (id.equals("default")) {
			throw ApiException.badRequest("The default URL endpoint cannot be deleted.");
		}
		this.urlEndpoints.remove(id);
	}

	private Map<String, Object> checkUrlEndpoint(JsonNode body, String exceptId) {
		Json.object(body);
		String description = Json.requiredString(body, "description");
		if (description.length() > 1000) {
			throw ApiException.badRequest("description must be at most 1000 characters.");
		}
		String prefix = Json.optionalString(body, "urlPrefix");
		prefix = (prefix == null) ? "" : prefix;
		if (!URL_PREFIX.matcher(prefix).matches()) {
			throw ApiException.badRequest("urlPrefix must be at most 100 letters, digits or hyphens.");
		}
		String p = prefix;
		if (this.urlEndpoints.values().stream().anyMatch((e) -> e.get("urlPrefix").equals(p) && !e.get("id").equals(exceptId))) {
			throw ApiException.badRequest("A URL endpoint with urlPrefix '" + prefix + "' already exists.");
		}
		List<String> originIds = new ArrayList<>();
		JsonNode origins = body.get("origins");
		if (origins != null && !origins.isNull()) {
			if (!origins.isArray() || origins.size() > 10) {
				throw ApiException.badRequest("origins must be an array of at most 10 origin ids.");
			}
			for (JsonNode o : origins) {
				if (!o.isString() || !this.origins.containsKey(o.asString())) {
					throw ApiException.badRequest("origins contains an unknown origin id: " + o + ".");
				}
				originIds.add(o.asString());
			}
		}
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("description", description);
		endpoint.put("urlPrefix", prefix);
		endpoint.put("origins", originIds);
		JsonNode rewriter = body.get("urlRewriter");
		if (rewriter != null && !rewriter.isNull()) {
			String type = rewriter.isObject() ? Json.optionalString(rewriter, "type") : null;
			if (type == null || !Set.of("CLOUDINARY", "IMGIX", "AKAMAI").contains(type)) {
				throw ApiException.badRequest("urlRewriter.type must be CLOUDINARY, IMGIX or AKAMAI.");
			}
			Map<String, Object> r = Json.toMap(rewriter);
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

	Map<String, Object> createExtension(JsonNode body) {
		Json.object(body);
		if (this.extensions.size() >= 100) {
			throw ApiException.badRequest("At most 100 saved extensions are allowed per account.");
		}
		Map<String, Object> ext = new LinkedHashMap<>();
		ext.put("id", this.ids.get());
		ext.put("name", Json.requiredString(body, "name"));
		ext.put("description", Json.requiredString(body, "description"));
		ext.put("config", checkConfig(body.get("config")));
		String now = Store.iso(this.clock.instant());
		ext.put("createdAt", now);
		ext.put("updatedAt", now);
		this.extensions.put((String) ext.get("id"), ext);
		return ext;
	}

	Map<String, Object> updateExtension(String id, JsonNode body) {
		Json.object(body);
		Map<String, Object> ext = find(this.extensions, id, "saved extension");
		if (body.has("name")) {
			ext.put("name", Json.requiredString(body, "name"));
		}
		if (body.has("description")) {
			ext.put("description", Json.requiredString(body, "description"));
		}
		if (body.has("config")) {
			ext.put("config", checkConfig(body.get("config")));
		}
		ext.put("updatedAt", Store.iso(this.clock.instant()));
		return ext;
	}

	void deleteExtension(String id) {
		find(this.extensions, id, "saved extension");
		this.extensions.remove(id);
	}

	private static Object checkConfig(JsonNode config) {
		if (config == null || !config.isObject()) {
			throw ApiException.badRequest("Missing or invalid config parameter.");
		}
		String name = Json.requiredString(config, "name");
		if (!EXTENSION_NAMES.contains(name)) {
			throw ApiException.badRequest("config.name must be one of " + String.join(", ", EXTENSION_NAMES.stream().sorted().toList()) + ".");
		}
		if (name.endsWith("auto-tagging") && (!config.path("minConfidence").isNumber() || !config.path("maxTags").isNumber())) {
			throw ApiException.badRequest("Auto-tagging extensions need numeric minConfidence and maxTags.");
		}
		if (name.equals("ai-tasks") && (!config.path("tasks").isArray() || config.get("tasks").isEmpty() || config.get("tasks").size() > 10)) {
			throw ApiException.badRequest("ai-tasks needs 1 to 10 tasks.");
		}
		return Json.toPlain(config);
	}

	// Named transformations

	List<Map<String, Object>> listNamedTransformations() {
		return new ArrayList<>(this.namedTransformations.values());
	}

	Map<String, Object> getNamedTransformation(String id) {
		return find(this.namedTransformations, id, "named transformation");
	}

	Map<String, Object> createNamedTransformation(JsonNode body) {
		Json.object(body);
		if (this.namedTransformations.size() >= 250) {
			throw ApiException.badRequest("At most 250 named transformations are allowed per account.");
		}
		String name = checkTransformationName(Json.requiredString(body, "name"), null);
		Map<String, Object> nt = new LinkedHashMap<>();
		nt.put("id", this.ids.get());
		nt.put("name", name);
		nt.put("transformation", Json.requiredString(body, "transformation"));
		nt.put("enabled", Json.optionalBoolean(body, "enabled", true));
		nt.put("createdAt", Store.iso(this.clock.instant()));
		this.namedTransformations.put((String) nt.get("id"), nt);
		return nt;
	}

	Map<String, Object> updateNamedTransformation(String id, JsonNode body) {
		Json.object(body);
		Map<String, Object> nt = find(this.namedTransformations, id, "named transformation");
		if (body.has("name")) {
			nt.put("name", checkTransformationName(Json.requiredString(body, "name"), id));
		}
		if (body.has("transformation")) {
			nt.put("transformation", Json.requiredString(body, "transformation"));
		}
		if (body.has("enabled")) {
			nt.put("enabled", Json.optionalBoolean(body, "enabled", true));
		}
		return nt;
	}

	void deleteNamedTransformation(String id) {
		find(this.namedTransformations, id, "named transformation");
		this.namedTransformations.remove(id);
	}

	private String checkTransformationName(String name, String exceptId) {
		if (!TRANSFORMATION_NAME.matcher(name).matches()) {
			throw ApiException.badRequest("name may only hold letters, digits and underscores.");
		}
		if (this.namedTransformations.values().stream().anyMatch((n) -> n.get("name").equals(name) && !n.get("id").equals(exceptId))) {
			throw new ApiException(409, "A named transformation called '" + name + "' already exists.");
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
