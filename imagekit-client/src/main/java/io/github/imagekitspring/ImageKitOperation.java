package io.github.imagekitspring;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The table of every ImageKit API operation. Everything that differs per operation (the request line, the
 * rate-limit group the server counts it in, whether repeating it is safe) is read from here.
 *
 * <p>The id is stable: it is the {@code imagekit.operation} observation key and appears in error messages.
 */
public enum ImageKitOperation {

	FILES_UPLOAD("files.upload", HttpMethod.POST, Host.UPLOAD, "/api/v1/files/upload", false),
	FILES_UPLOAD_V2("files.uploadV2", HttpMethod.POST, Host.UPLOAD, "/api/v2/files/upload", false),
	FILES_LIST("files.list", HttpMethod.GET, Host.API, "/v1/files", true),
	FILES_GET("files.get", HttpMethod.GET, Host.API, "/v1/files/{fileId}/details", true),
	// A PATCH may start extensions (AI tagging, background removal): repeating it can run them twice.
	FILES_UPDATE("files.update", HttpMethod.PATCH, Host.API, "/v1/files/{fileId}/details", false),
	FILES_DELETE("files.delete", HttpMethod.DELETE, Host.API, "/v1/files/{fileId}", true),
	FILES_BULK_DELETE("files.bulkDelete", HttpMethod.POST, Host.API, "/v1/files/batch/deleteByFileIds", true),
	FILES_ADD_TAGS("files.addTags", HttpMethod.POST, Host.API, "/v1/files/addTags", true),
	FILES_REMOVE_TAGS("files.removeTags", HttpMethod.POST, Host.API, "/v1/files/removeTags", true),
	FILES_REMOVE_AI_TAGS("files.removeAITags", HttpMethod.POST, Host.API, "/v1/files/removeAITags", true),
	// A repeated copy appends the source again as new versions of the target.
	FILES_COPY("files.copy", HttpMethod.POST, Host.API, "/v1/files/copy", false),
	FILES_MOVE("files.move", HttpMethod.POST, Host.API, "/v1/files/move", false),
	FILES_RENAME("files.rename", HttpMethod.PUT, Host.API, "/v1/files/rename", false),
	FILE_VERSIONS_LIST("files.versions.list", HttpMethod.GET, Host.API, "/v1/files/{fileId}/versions", true),
	FILE_VERSIONS_GET("files.versions.get", HttpMethod.GET, Host.API, "/v1/files/{fileId}/versions/{versionId}", true),
	FILE_VERSIONS_DELETE("files.versions.delete", HttpMethod.DELETE, Host.API,
			"/v1/files/{fileId}/versions/{versionId}", true),
	FILE_VERSIONS_RESTORE("files.versions.restore", HttpMethod.PUT, Host.API,
			"/v1/files/{fileId}/versions/{versionId}/restore", true),
	FOLDERS_CREATE("folders.create", HttpMethod.POST, Host.API, "/v1/folder", true),
	FOLDERS_DELETE("folders.delete", HttpMethod.DELETE, Host.API, "/v1/folder", true),
	// Each bulk-job call starts a new asynchronous job.
	FOLDERS_COPY("folders.copy", HttpMethod.POST, Host.API, "/v1/bulkJobs/copyFolder", false),
	FOLDERS_MOVE("folders.move", HttpMethod.POST, Host.API, "/v1/bulkJobs/moveFolder", false),
	FOLDERS_RENAME("folders.rename", HttpMethod.POST, Host.API, "/v1/bulkJobs/renameFolder", false),
	FOLDERS_JOB_GET("folders.job.get", HttpMethod.GET, Host.API, "/v1/bulkJobs/{jobId}", true),
	METADATA_GET("metadata.get", HttpMethod.GET, Host.API, "/v1/files/{fileId}/metadata", true),
	METADATA_GET_FROM_URL("metadata.getFromUrl", HttpMethod.GET, Host.API, "/v1/metadata", true),
	CUSTOM_METADATA_FIELDS_CREATE("customMetadataFields.create", HttpMethod.POST, Host.API,
			"/v1/customMetadataFields", false),
	CUSTOM_METADATA_FIELDS_LIST("customMetadataFields.list", HttpMethod.GET, Host.API, "/v1/customMetadataFields",
			true),
	CUSTOM_METADATA_FIELDS_UPDATE("customMetadataFields.update", HttpMethod.PATCH, Host.API,
			"/v1/customMetadataFields/{id}", true),
	CUSTOM_METADATA_FIELDS_DELETE("customMetadataFields.delete", HttpMethod.DELETE, Host.API,
			"/v1/customMetadataFields/{id}", true),
	// Each purge request counts against the account's purge quota.
	CACHE_PURGE("cache.purge", HttpMethod.POST, Host.API, "/v1/files/purge", false),
	CACHE_PURGE_STATUS("cache.purgeStatus", HttpMethod.GET, Host.API, "/v1/files/purge/{requestId}", true),
	ACCOUNTS_USAGE("accounts.usage", HttpMethod.GET, Host.API, "/v1/accounts/usage", true),
	ACCOUNTS_USAGE_ANALYTICS("accounts.usageAnalytics", HttpMethod.GET, Host.API, "/v1/accounts/usage-analytics", true),
	ORIGINS_LIST("accounts.origins.list", HttpMethod.GET, Host.API, "/v1/accounts/origins", true),
	ORIGINS_CREATE("accounts.origins.create", HttpMethod.POST, Host.API, "/v1/accounts/origins", false),
	ORIGINS_GET("accounts.origins.get", HttpMethod.GET, Host.API, "/v1/accounts/origins/{id}", true),
	ORIGINS_UPDATE("accounts.origins.update", HttpMethod.PUT, Host.API, "/v1/accounts/origins/{id}", true),
	ORIGINS_DELETE("accounts.origins.delete", HttpMethod.DELETE, Host.API, "/v1/accounts/origins/{id}", true),
	URL_ENDPOINTS_LIST("accounts.urlEndpoints.list", HttpMethod.GET, Host.API, "/v1/accounts/url-endpoints", true),
	URL_ENDPOINTS_CREATE("accounts.urlEndpoints.create", HttpMethod.POST, Host.API, "/v1/accounts/url-endpoints",
			false),
	URL_ENDPOINTS_GET("accounts.urlEndpoints.get", HttpMethod.GET, Host.API, "/v1/accounts/url-endpoints/{id}", true),
	URL_ENDPOINTS_UPDATE("accounts.urlEndpoints.update", HttpMethod.PUT, Host.API, "/v1/accounts/url-endpoints/{id}",
			true),
	URL_ENDPOINTS_DELETE("accounts.urlEndpoints.delete", HttpMethod.DELETE, Host.API,
			"/v1/accounts/url-endpoints/{id}", true),
	SAVED_EXTENSIONS_LIST("savedExtensions.list", HttpMethod.GET, Host.API, "/v1/saved-extensions", true),
	SAVED_EXTENSIONS_CREATE("savedExtensions.create", HttpMethod.POST, Host.API, "/v1/saved-extensions", false),
	SAVED_EXTENSIONS_GET("savedExtensions.get", HttpMethod.GET, Host.API, "/v1/saved-extensions/{id}", true),
	SAVED_EXTENSIONS_UPDATE("savedExtensions.update", HttpMethod.PATCH, Host.API, "/v1/saved-extensions/{id}", true),
	SAVED_EXTENSIONS_DELETE("savedExtensions.delete", HttpMethod.DELETE, Host.API, "/v1/saved-extensions/{id}", true),
	NAMED_TRANSFORMATIONS_LIST("namedTransformations.list", HttpMethod.GET, Host.API, "/v1/named-transformations",
			true),
	NAMED_TRANSFORMATIONS_CREATE("namedTransformations.create", HttpMethod.POST, Host.API,
			"/v1/named-transformations", false),
	NAMED_TRANSFORMATIONS_GET("namedTransformations.get", HttpMethod.GET, Host.API, "/v1/named-transformations/{id}",
			true),
	NAMED_TRANSFORMATIONS_UPDATE("namedTransformations.update", HttpMethod.PATCH, Host.API,
			"/v1/named-transformations/{id}", true),
	NAMED_TRANSFORMATIONS_DELETE("namedTransformations.delete", HttpMethod.DELETE, Host.API,
			"/v1/named-transformations/{id}", true);

	private final String id;

	private final HttpMethod method;

	private final Host host;

	private final String pathTemplate;

	private final boolean safeToRepeat;

	ImageKitOperation(String id, HttpMethod method, Host host, String pathTemplate, boolean safeToRepeat) {
		this.id = id;
		this.method = method;
		this.host = host;
		this.pathTemplate = pathTemplate;
		this.safeToRepeat = safeToRepeat;
	}

	/** Stable id such as {@code files.get}. */
	public String id() {
		return this.id;
	}

	public HttpMethod method() {
		return this.method;
	}

	public Host host() {
		return this.host;
	}

	/** Path with {@code {name}} placeholders for the path segments. */
	public String pathTemplate() {
		return this.pathTemplate;
	}

	/** Whether sending the request twice cannot duplicate work on the server. */
	public boolean safeToRepeat() {
		return this.safeToRepeat;
	}

	/**
	 * The group the server counts this operation's rate limit in, or {@code null} for the upload API, which
	 * ImageKit does not rate-limit. ImageKit limits each endpoint separately.
	 */
	public @Nullable String rateLimitGroup() {
		return (this.host == Host.UPLOAD) ? null : this.id;
	}

	/** Which of ImageKit's two hosts serves an operation. */
	public enum Host {

		/** The management API, {@code https://api.imagekit.io}. */
		API,

		/** The upload API, {@code https://upload.imagekit.io}. */
		UPLOAD

	}

}
