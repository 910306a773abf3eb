package io.github.imagekitspring.urls;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Checks for absolute http(s) URLs.
 */
final class HttpUrls {

	private HttpUrls() {
	}

	static boolean isHttpUrl(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	static void requireHttpUrl(String value, String name) {
		if (!isHttpUrl(value)) {
			throw new IllegalArgumentException(name + " must be an absolute http(s) URL");
		}
	}

}
