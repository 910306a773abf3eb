package io.github.imagekitspring.emulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Handlers of the account resources: origins, URL endpoints, saved extensions, named transformations. */
final class AccountRoutes {

	private AccountRoutes() {
	}

	static Reply listOrigins(ApiCall call) {
		return Reply.ok(resources(call).listOrigins());
	}

	static Reply createOrigin(ApiCall call) {
		return Reply.created(resources(call).createOrigin(call.fields().toMap()));
	}

	static Reply getOrigin(ApiCall call) {
		return Reply.ok(resources(call).getOrigin(call.variable("id")));
	}

	static Reply updateOrigin(ApiCall call) {
		return Reply.ok(resources(call).replaceOrigin(call.variable("id"), call.fields().toMap()));
	}

	static Reply deleteOrigin(ApiCall call) {
		resources(call).deleteOrigin(call.variable("id"));
		return Reply.noContent();
	}

	static Reply listUrlEndpoints(ApiCall call) {
		return Reply.ok(resources(call).listUrlEndpoints());
	}

	static Reply createUrlEndpoint(ApiCall call) {
		return Reply.created(resources(call).createUrlEndpoint(urlEndpoint(call.fields())));
	}

	static Reply getUrlEndpoint(ApiCall call) {
		return Reply.ok(resources(call).getUrlEndpoint(call.variable("id")));
	}

	static Reply updateUrlEndpoint(ApiCall call) {
		return Reply.ok(resources(call).replaceUrlEndpoint(call.variable("id"), urlEndpoint(call.fields())));
	}

	static Reply deleteUrlEndpoint(ApiCall call) {
		resources(call).deleteUrlEndpoint(call.variable("id"));
		return Reply.noContent();
	}

	private static AccountResources.UrlEndpoint urlEndpoint(JsonFields body) {
		String description = body.requiredString("description");
		String prefix = body.optionalString("urlPrefix");
		List<String> origins = new ArrayList<>();
		if (body.hasValue("origins")) {
			JsonNode list = body.get("origins");
			if (!list.isArray() || list.size() > 10) {
				throw ApiException.invalid("origins must be an array of at most 10 origin ids.");
			}
			for (JsonNode o : list) {
				if (!o.isString()) {
					throw ApiException.invalid("origins contains an unknown origin id: " + o + ".");
				}
				origins.add(o.asString());
			}
		}
		Map<String, Object> rewriter = body.optionalObject("urlRewriter", "urlRewriter.type must be CLOUDINARY, IMGIX or AKAMAI.");
		return new AccountResources.UrlEndpoint(description, prefix, origins, rewriter);
	}

	static Reply listExtensions(ApiCall call) {
		return Reply.ok(resources(call).listExtensions());
	}

	static Reply createExtension(ApiCall call) {
		JsonFields body = call.fields();
		String name = body.requiredString("name");
		String description = body.requiredString("description");
		return Reply.created(resources(call).createExtension(name, description, config(body)));
	}

	static Reply getExtension(ApiCall call) {
		return Reply.ok(resources(call).getExtension(call.variable("id")));
	}

	static Reply updateExtension(ApiCall call) {
		JsonFields body = call.fields();
		AccountResources.ExtensionChange change = new AccountResources.ExtensionChange(body.presentString("name"),
				body.presentString("description"), body.has("config") ? config(body) : null);
		return Reply.ok(resources(call).updateExtension(call.variable("id"), change));
	}

	static Reply deleteExtension(ApiCall call) {
		resources(call).deleteExtension(call.variable("id"));
		return Reply.noContent();
	}

	private static Map<String, Object> config(JsonFields body) {
		Map<String, Object> config = body.optionalObject("config", "Missing or invalid config parameter.");
		if (config == null) {
			throw ApiException.invalid("Missing or invalid config parameter.");
		}
		return config;
	}

	static Reply listNamedTransformations(ApiCall call) {
		return Reply.ok(resources(call).listNamedTransformations());
	}

	static Reply createNamedTransformation(ApiCall call) {
		JsonFields body = call.fields();
		String name = body.requiredString("name");
		String transformation = body.requiredString("transformation");
		return Reply.created(resources(call).createNamedTransformation(name, transformation, body.optionalBoolean("enabled", true)));
	}

	static Reply getNamedTransformation(ApiCall call) {
		return Reply.ok(resources(call).getNamedTransformation(call.variable("id")));
	}

	static Reply updateNamedTransformation(ApiCall call) {
		JsonFields body = call.fields();
		Boolean enabled = body.has("enabled") ? body.optionalBoolean("enabled", true) : null;
		AccountResources.NamedTransformationChange change = new AccountResources.NamedTransformationChange(
				body.presentString("name"), body.presentString("transformation"), enabled);
		return Reply.ok(resources(call).updateNamedTransformation(call.variable("id"), change));
	}

	static Reply deleteNamedTransformation(ApiCall call) {
		resources(call).deleteNamedTransformation(call.variable("id"));
		return Reply.noContent();
	}

	private static AccountResources resources(ApiCall call) {
		return call.state().accountResources();
	}

}
