package io.github.imagekitspring.emulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.scheduler.Schedulers;

/**
 * Every operation the emulator serves: the Java client's operation id, the spec's operationId as an alias,
 * method, path and handler. Literal paths come before templated ones where both could match.
 */
public final class RouteTable {

	/** A handler that answers from the parsed request alone. */
	@FunctionalInterface
	interface ApiHandler {

		Reply handle(ApiCall call);

	}

	static final List<Route> ROUTES = List.of(
			upload("files.upload", "upload-file", "/api/v1/files/upload", UploadRoutes::v1),
			upload("files.uploadV2", "upload-file-v2", "/api/v2/files/upload", UploadRoutes::v2),
			api("files.list", "list-and-search-assets", "GET", "/v1/files", SearchRoutes::list),
			api("cache.purge", "purge-cache", "POST", "/v1/files/purge", PurgeRoutes::purge),
			api("cache.purgeStatus", "purge-status", "GET", "/v1/files/purge/{requestId}", PurgeRoutes::status),
			api("files.bulkDelete", "delete-multiple-files", "POST", "/v1/files/batch/deleteByFileIds", FileRoutes::bulkDelete),
			api("files.addTags", "add-tags-bulk", "POST", "/v1/files/addTags", FileRoutes::addTags),
			api("files.removeTags", "remove-tags-bulk", "POST", "/v1/files/removeTags", FileRoutes::removeTags),
			api("files.removeAITags", "remove-ai-tags-bulk", "POST", "/v1/files/removeAITags", FileRoutes::removeAITags),
			api("files.copy", "copy-file", "POST", "/v1/files/copy", FileRoutes::copy),
			api("files.move", "move-file", "POST", "/v1/files/move", FileRoutes::move),
			api("files.rename", "rename-file", "PUT", "/v1/files/rename", FileRoutes::rename),
			api("files.get", "get-file-details", "GET", "/v1/files/{fileId}/details", FileRoutes::get),
			api("files.update", "update-file-details", "PATCH", "/v1/files/{fileId}/details", FileRoutes::update),
			api("files.delete", "delete-file", "DELETE", "/v1/files/{fileId}", FileRoutes::delete),
			api("files.versions.list", "list-file-versions", "GET", "/v1/files/{fileId}/versions", FileRoutes::listVersions),
			api("files.versions.get", "get-file-version-details", "GET", "/v1/files/{fileId}/versions/{versionId}", FileRoutes::getVersion),
			api("files.versions.delete", "delete-file-version", "DELETE", "/v1/files/{fileId}/versions/{versionId}", FileRoutes::deleteVersion),
			api("files.versions.restore", "restore-file-version", "PUT", "/v1/files/{fileId}/versions/{versionId}/restore", FileRoutes::restoreVersion),
			api("metadata.get", "get-uploaded-file-metadata", "GET", "/v1/files/{fileId}/metadata", FileRoutes::metadata),
			api("metadata.getFromUrl", "get-metadata-from-url", "GET", "/v1/metadata", FileRoutes::metadataFromUrl),
			api("folders.create", "create-folder", "POST", "/v1/folder", FolderRoutes::create),
			api("folders.delete", "delete-folder", "DELETE", "/v1/folder", FolderRoutes::delete),
			folderJob("folders.copy", "copy-folder", "/v1/bulkJobs/copyFolder", FolderRoutes::copy),
			folderJob("folders.move", "move-folder", "/v1/bulkJobs/moveFolder", FolderRoutes::move),
			folderJob("folders.rename", "rename-folder", "/v1/bulkJobs/renameFolder", FolderRoutes::rename),
			api("folders.job.get", "bulk-job-status", "GET", "/v1/bulkJobs/{jobId}", FolderRoutes::jobStatus),
			api("customMetadataFields.create", "create-new-field", "POST", "/v1/customMetadataFields", CustomFieldRoutes::create),
			api("customMetadataFields.list", "list-all-fields", "GET", "/v1/customMetadataFields", CustomFieldRoutes::list),
			api("customMetadataFields.update", "update-existing-field", "PATCH", "/v1/customMetadataFields/{id}", CustomFieldRoutes::update),
			api("customMetadataFields.delete", "delete-a-field", "DELETE", "/v1/customMetadataFields/{id}", CustomFieldRoutes::delete),
			api("accounts.usage", "get-usage", "GET", "/v1/accounts/usage", UsageRoutes::usage),
			api("accounts.usageAnalytics", "get-usage-analytics", "GET", "/v1/accounts/usage-analytics", UsageRoutes::analytics),
			api("accounts.origins.list", "list-origins", "GET", "/v1/accounts/origins", AccountRoutes::listOrigins),
			api("accounts.origins.create", "create-origin", "POST", "/v1/accounts/origins", AccountRoutes::createOrigin),
			api("accounts.origins.get", "get-origin", "GET", "/v1/accounts/origins/{id}", AccountRoutes::getOrigin),
			api("accounts.origins.update", "update-origin", "PUT", "/v1/accounts/origins/{id}", AccountRoutes::updateOrigin),
			api("accounts.origins.delete", "delete-origin", "DELETE", "/v1/accounts/origins/{id}", AccountRoutes::deleteOrigin),
			api("accounts.urlEndpoints.list", "list-url-endpoints", "GET", "/v1/accounts/url-endpoints", AccountRoutes::listUrlEndpoints),
			api("accounts.urlEndpoints.create", "create-url-endpoint", "POST", "/v1/accounts/url-endpoints", AccountRoutes::createUrlEndpoint),
			api("accounts.urlEndpoints.get", "get-url-endpoint", "GET", "/v1/accounts/url-endpoints/{id}", AccountRoutes::getUrlEndpoint),
			api("accounts.urlEndpoints.update", "update-url-endpoint", "PUT", "/v1/accounts/url-endpoints/{id}", AccountRoutes::updateUrlEndpoint),
			api("accounts.urlEndpoints.delete", "delete-url-endpoint", "DELETE", "/v1/accounts/url-endpoints/{id}", AccountRoutes::deleteUrlEndpoint),
			api("savedExtensions.list", "list-extensions", "GET", "/v1/saved-extensions", AccountRoutes::listExtensions),
			api("savedExtensions.create", "create-extension", "POST", "/v1/saved-extensions", AccountRoutes::createExtension),
			api("savedExtensions.get", "get-extension", "GET", "/v1/saved-extensions/{id}", AccountRoutes::getExtension),
			api("savedExtensions.update", "update-extension", "PATCH", "/v1/saved-extensions/{id}", AccountRoutes::updateExtension),
			api("savedExtensions.delete", "delete-extension", "DELETE", "/v1/saved-extensions/{id}", AccountRoutes::deleteExtension),
			api("namedTransformations.list", "list-named-transformations", "GET", "/v1/named-transformations", AccountRoutes::listNamedTransformations),
			api("namedTransformations.create", "create-named-transformation", "POST", "/v1/named-transformations", AccountRoutes::createNamedTransformation),
			api("namedTransformations.get", "get-named-transformation", "GET", "/v1/named-transformations/{id}", AccountRoutes::getNamedTransformation),
			api("namedTransformations.update", "update-named-transformation", "PATCH", "/v1/named-transformations/{id}", AccountRoutes::updateNamedTransformation),
			api("namedTransformations.delete", "delete-named-transformation", "DELETE", "/v1/named-transformations/{id}", AccountRoutes::deleteNamedTransformation));

	private RouteTable() {
	}

	/** The operation ids, in table order. */
	public static List<String> ids() {
		return ROUTES.stream().map(Route::id).toList();
	}

	/** Each operation id with its alias, in table order. */
	public static Map<String, String> aliases() {
		Map<String, String> out = new LinkedHashMap<>();
		ROUTES.forEach((r) -> out.put(r.id(), r.alias()));
		return out;
	}

	/**
	 * The operation id for an id or an alias; {@code delivery} stays itself.
	 * @throws IllegalArgumentException for a name that is neither
	 */
	public static String operationId(String name) {
		if (name.equals(RequestLog.DELIVERY)) {
			return name;
		}
		return ROUTES.stream().filter((r) -> r.isNamed(name)).findFirst().map(Route::id)
			.orElseThrow(() -> new IllegalArgumentException("Unknown operation '" + name
					+ "': use an operation id such as files.list, its spec alias such as list-and-search-assets, or delivery"));
	}

	/** The route of a request, or {@code null}. */
	static Route route(String method, String path) {
		return ROUTES.stream().filter((r) -> r.match(method, path) != null).findFirst().orElse(null);
	}

	/** Whether the path is one of the upload host's endpoints, whatever the method. */
	static boolean isUploadPath(String path) {
		return ROUTES.stream().anyMatch((r) -> r.upload() && r.matchesPath(path));
	}

	private static Route upload(String id, String alias, String path, Route.Handler handler) {
		return Route.of(id, alias, "POST", path, true, false, handler);
	}

	private static Route api(String id, String alias, String method, String path, ApiHandler handler) {
		return Route.of(id, alias, method, path, false, false, json(handler));
	}

	/** Folder jobs are the only operations whose answers may say 423. */
	private static Route folderJob(String id, String alias, String path, ApiHandler handler) {
		return Route.of(id, alias, "POST", path, false, true, json(handler));
	}

	/** Reads the JSON body and runs the handler alone on the account's state. */
	private static Route.Handler json(ApiHandler handler) {
		return (context, request, variables) -> {
			Map<String, String> query = request.queryParams().toSingleValueMap();
			EmulatorState state = context.state();
			// Webhook events carry file details, which may read stored files: off the event loop.
			return request.bodyToMono(String.class).defaultIfEmpty("").publishOn(Schedulers.boundedElastic()).map(Json::parse).map((body) -> {
				List<Webhooks.Event> events = new ArrayList<>();
				Reply reply = state.exclusive(() -> handler.handle(new ApiCall(state, variables, query, body, events)));
				context.sendWebhooks(request, events);
				return reply;
			});
		};
	}

}
