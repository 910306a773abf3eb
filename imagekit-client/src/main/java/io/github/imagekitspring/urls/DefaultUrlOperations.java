package io.github.imagekitspring.urls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.github.imagekitspring.internal.http.Arguments;
import io.github.imagekitspring.internal.Hmac;

/**
 * Builds URLs the way the official SDKs do (query form by default, {@code ik-t}/{@code ik-s} appended last).
 */
final class DefaultUrlOperations implements UrlOperations {

	/** Used inside the signed text when the URL does not expire; never sent as {@code ik-t}. */
	static final long NO_EXPIRY = 9999999999L;

	private static final String PATH_SAFE = "-._~!$&'()*+,;=:@/%";

	private final String urlEndpoint;

	private final String privateKey;

	private final Clock clock;

	DefaultUrlOperations(String urlEndpoint, String privateKey, Clock clock) {
		Arguments.requireHttpUrl(urlEndpoint, "urlEndpoint");
		if (privateKey.isBlank()) {
			throw new IllegalArgumentException("privateKey must not be blank");
		}
		this.urlEndpoint = urlEndpoint;
		this.privateKey = privateKey;
		this.clock = clock;
	}

	@Override
	public String url(UrlRequest request) {
		String requestEndpoint = request.urlEndpoint();
		String endpoint = normalizeEndpoint((requestEndpoint != null) ? requestEndpoint : this.urlEndpoint);
		String chain = chain(request.transformations());
		StringBuilder url = new StringBuilder();
		boolean hasQuery;
		boolean chainInQuery;
		String src = request.src();
		String path = request.path();
		if (src != null) {
			url.append(src);
			hasQuery = src.indexOf('?') >= 0;
			chainInQuery = true;
		}
		else {
			url.append(endpoint).append('/');
			chainInQuery = request.position() == TransformationPosition.QUERY;
			if (!chain.isEmpty() && !chainInQuery) {
				url.append("tr:").append(chain).append('/');
			}
			url.append(encodePath(normalizePath((path != null) ? path : "")));
			hasQuery = false;
		}
		for (Map.Entry<String, String> parameter : request.queryParameters().entrySet()) {
			url.append(hasQuery ? '&' : '?')
				.append(encodeQuery(parameter.getKey()))
				.append('=')
				.append(encodeQuery(parameter.getValue()));
			hasQuery = true;
		}
		if (!chain.isEmpty() && chainInQuery) {
			url.append(hasQuery ? '&' : '?').append("tr=").append(chain);
			hasQuery = true;
		}
		if (request.signatureRequired()) {
			long expiresInSeconds = (request.expiresIn() != null) ? request.expiresIn().toSeconds() : 0;
			long expiry = (expiresInSeconds > 0) ? this.clock.instant().getEpochSecond() + expiresInSeconds : NO_EXPIRY;
			String signature = sign(url.toString(), endpoint, expiry);
			url.append(hasQuery ? '&' : '?');
			if (expiry != NO_EXPIRY) {
				url.append("ik-t=").append(expiry).append('&');
			}
			url.append("ik-s=").append(signature);
		}
		return url.toString();
	}

	private String sign(String url, String endpoint, long expiry) {
		String prefix = endpoint + "/";
		String relative = url.startsWith(prefix) ? url.substring(prefix.length()) : url;
		return Hmac.hex(Hmac.SHA1, this.privateKey, relative + expiry);
	}

	private static String chain(List<Transformation> transformations) {
		StringBuilder chain = new StringBuilder();
		for (Transformation transformation : transformations) {
			String step = transformation.toStepString();
			if (!step.isEmpty()) {
				if (chain.length() > 0) {
					chain.append(':');
				}
				chain.append(step);
			}
		}
		return chain.toString();
	}

	/** Collapses repeated slashes in the endpoint's path and drops trailing ones: the path is joined with one. */
	private static String normalizeEndpoint(String endpoint) {
		int pathStart = endpoint.indexOf('/', endpoint.indexOf("://") + 3);
		if (pathStart < 0) {
			return endpoint;
		}
		String path = endpoint.substring(pathStart).replaceAll("/{2,}", "/");
		int end = path.length();
		while (end > 0 && path.charAt(end - 1) == '/') {
			end--;
		}
		return endpoint.substring(0, pathStart) + path.substring(0, end);
	}

	/** Drops leading slashes and collapses repeated ones, so endpoint and path never meet as {@code //}. */
	private static String normalizePath(String path) {
		String collapsed = path.replaceAll("/{2,}", "/");
		return collapsed.startsWith("/") ? collapsed.substring(1) : collapsed;
	}

	/**
	 * Percent-encodes (UTF-8) every character that may not appear in a URL path as it is: non-ASCII characters,
	 * spaces, {@code ?}, {@code #} and the like. {@code %} is kept, so already-encoded paths are not encoded twice.
	 */
	static String encodePath(String path) {
		StringBuilder encoded = new StringBuilder(path.length());
		for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| (c < 0x80 && PATH_SAFE.indexOf(c) >= 0)) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return encoded.toString();
	}

	private static String encodeQuery(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "UrlOperations[urlEndpoint=" + this.urlEndpoint + "]";
	}

}
