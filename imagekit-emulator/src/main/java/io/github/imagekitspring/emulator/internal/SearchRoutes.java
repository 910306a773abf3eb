package io.github.imagekitspring.emulator.internal;

import java.util.Locale;
import java.util.Set;

/** Handler of the list-and-search operation: reads its query parameters. */
final class SearchRoutes {

	private SearchRoutes() {
	}

	static Reply list(ApiCall call) {
		String type = orDefault(call.query("type"), "file");
		if (!Set.of("file", "file-version", "folder", "all").contains(type)) {
			throw ApiException.invalid("Invalid type parameter: use file, file-version, folder or all.");
		}
		String fileType = orDefault(call.query("fileType"), "all");
		if (!Set.of("all", "image", "non-image").contains(fileType)) {
			throw ApiException.invalid("Invalid fileType parameter: use all, image or non-image.");
		}
		int limit = intParam(call.query("limit"), "limit", 1000, 1, 1000);
		int skip = intParam(call.query("skip"), "skip", 0, 0, Integer.MAX_VALUE);
		String sort = orDefault(call.query("sort"), "ASC_CREATED");
		if (!sort.matches("(ASC|DESC)_(NAME|CREATED|UPDATED|HEIGHT|WIDTH|SIZE|RELEVANCE)")) {
			throw ApiException.invalid("Invalid sort parameter.");
		}
		Search.Request request = new Search.Request(Search.Type.valueOf(type.replace('-', '_').toUpperCase(Locale.ROOT)),
				fileType, limit, skip, Search.SortKey.valueOf(sort.substring(sort.indexOf('_') + 1)), sort.startsWith("DESC"),
				call.query("searchQuery"), call.query("path"));
		return Reply.ok(call.state().search().list(request));
	}

	private static String orDefault(String value, String defaultValue) {
		return (value != null) ? value : defaultValue;
	}

	private static int intParam(String value, String name, int defaultValue, int min, int max) {
		if (value == null) {
			return defaultValue;
		}
		int n;
		try {
			n = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalid("Invalid " + name + " parameter: it must be an integer.");
		}
		if (n < min || n > max) {
			throw ApiException.invalid("Invalid " + name + " parameter: it must be between " + min + " and " + max + ".");
		}
		return n;
	}

}
