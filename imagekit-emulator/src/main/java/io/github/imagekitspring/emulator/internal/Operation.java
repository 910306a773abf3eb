package io.github.imagekitspring.emulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One ImageKit operation: id, method and path template, matched against incoming requests. */
public record Operation(String id, String method, String template, boolean upload, Pattern pattern, List<String> variables) {

	/** Every operation the emulator serves, literal paths before templated ones where both could match. */
	public static final List<Operation> ALL = List.of(
			upload("upload-file", "/api/v1/files/upload"),
			upload("upload-file-v2", "/api/v2/files/upload"),
			api("list-and-search-assets", "GET", "/v1/files"),
			api("purge-cache", "POST", "/v1/files/purge"),
			api("purge-status", "GET", "/v1/files/purge/{requestId}"),
			api("delete-multiple-files", "POST", "/v1/files/batch/deleteByFileIds"),
			api("add-tags-bulk", "POST", "/v1/files/addTags"),
			api("remove-tags-bulk", "POST", "/v1/files/removeTags"),
			api("remove-ai-tags-bulk", "POST", "/v1/files/removeAITags"),
			api("copy-file", "POST", "/v1/files/copy"),
			api("move-file", "POST", "/v1/files/move"),
			api("rename-file", "PUT", "/v1/files/rename"),
			api("get-file-details", "GET", "/v1/files/{fileId}/details"),
			api("update-file-details", "PATCH", "/v1/files/{fileId}/details"),
			api("delete-file", "DELETE", "/v1/files/{fileId}"),
			api("list-file-versions", "GET", "/v1/files/{fileId}/versions"),
			api("get-file-version-details", "GET", "/v1/files/{fileId}/versions/{versionId}"),
			api("delete-file-version", "DELETE", "/v1/files/{fileId}/versions/{versionId}"),
			api("restore-file-version", "PUT", "/v1/files/{fileId}/versions/{versionId}/restore"),
			api("get-uploaded-file-metadata", "GET", "/v1/files/{fileId}/metadata"),
			api("get-metadata-from-url", "GET", "/v1/metadata"),
			api("create-folder", "POST", "/v1/folder"),
			api("delete-folder", "DELETE", "/v1/folder"),
			api("copy-folder", "POST", "/v1/bulkJobs/copyFolder"),
			api("move-folder", "POST", "/v1/bulkJobs/moveFolder"),
			api("rename-folder", "POST", "/v1/bulkJobs/renameFolder"),
			api("bulk-job-status", "GET", "/v1/bulkJobs/{jobId}"),
			api("create-new-field", "POST", "/v1/customMetadataFields"),
			api("list-all-fields", "GET", "/v1/customMetadataFields"),
			api("update-existing-field", "PATCH", "/v1/customMetadataFields/{id}"),
			api("delete-a-field", "DELETE", "/v1/customMetadataFields/{id}"),
			api("get-usage", "GET", "/v1/accounts/usage"),
			api("get-usage-analytics", "GET", "/v1/accounts/usage-analytics"),
			api("list-origins", "GET", "/v1/accounts/origins"),
			api("create-origin", "POST", "/v1/accounts/origins"),
			api("get-origin", "GET", "/v1/accounts/origins/{id}"),
			api("update-origin", "PUT", "/v1/accounts/origins/{id}"),
			api("delete-origin", "DELETE", "/v1/accounts/origins/{id}"),
			api("list-url-endpoints", "GET", "/v1/accounts/url-endpoints"),
			api("create-url-endpoint", "POST", "/v1/accounts/url-endpoints"),
			api("get-url-endpoint", "GET", "/v1/accounts/url-endpoints/{id}"),
			api("update-url-endpoint", "PUT", "/v1/accounts/url-endpoints/{id}"),
			api("delete-url-endpoint", "DELETE", "/v1/accounts/url-endpoints/{id}"),
			api("list-extensions", "GET", "/v1/saved-extensions"),
			api("create-extension", "POST", "/v1/saved-extensions"),
			api("get-extension", "GET", "/v1/saved-extensions/{id}"),
			api("update-extension", "PATCH", "/v1/saved-extensions/{id}"),
			api("delete-extension", "DELETE", "/v1/saved-extensions/{id}"),
			api("list-named-transformations", "GET", "/v1/named-transformations"),
			api("create-named-transformation", "POST", "/v1/named-transformations"),
			api("get-named-transformation", "GET", "/v1/named-transformations/{id}"),
			api("update-named-transformation", "PATCH", "/v1/named-transformations/{id}"),
			api("delete-named-transformation", "DELETE", "/v1/named-transformations/{id}"));

	private static Operation upload(String id, String path) {
		return create(id, "POST", path, true);
	}

	private static Operation api(String id, String method, String path) {
		return create(id, method, path, false);
	}

	private static Operation create(String id, String method, String template, boolean upload) {
		List<String> variables = new ArrayList<>();
		StringBuilder regex = new StringBuilder();
		Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
		int last = 0;
		while (m.find()) {
			regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
			variables.add(m.group(1));
			last = m.end();
		}
		regex.append(Pattern.quote(template.substring(last)));
		return new Operation(id, method, template, upload, Pattern.compile(regex + "/?"), List.copyOf(variables));
	}

	/** The matched operation and its path variables, or {@code null}. */
	public static Match match(String method, String path) {
		for (Operation op : ALL) {
			if (!op.method.equals(method)) {
				continue;
			}
			Matcher m = op.pattern.matcher(path);
			if (m.matches()) {
				Map<String, String> vars = new LinkedHashMap<>();
				for (int i = 0; i < op.variables.size(); i++) {
					vars.put(op.variables.get(i), java.net.URLDecoder.decode(m.group(i + 1), java.nio.charset.StandardCharsets.UTF_8));
				}
				return new Match(op, vars);
			}
		}
		return null;
	}

	/** Whether the path is one of the upload host's endpoints, whatever the method. */
	public static boolean isUploadPath(String path) {
		return ALL.stream().anyMatch((op) -> op.upload && op.pattern.matcher(path).matches());
	}

	/** An operation matched to a request path. */
	public record Match(Operation operation, Map<String, String> variables) {
	}

}
