package io.github.imagekitspring;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Checks the base URLs the client sends the private key to: HTTPS only, plain HTTP only to a loopback host.
 */
public final class ImageKitUrls {

	private ImageKitUrls() {
	}

	/**
	 * Parse and check a base URL.
	 * @param value the URL
	 * @param name the name of the argument or property, for the message
	 * @return the URL without a trailing slash
	 * @throws IllegalArgumentException naming {@code name} if the URL is missing, malformed or not secure
	 */
	public static URI requireSecureBaseUrl(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must be set");
		}
		URI uri;
		try {
			uri = new URI(value.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(name + " is not a valid URL: " + ex.getReason());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (uri.getHost() == null || scheme == null || uri.isOpaque()) {
			throw new IllegalArgumentException(name + " must be an absolute http(s) URL with a host, was '" + value + "'");
		}
		if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
			throw new IllegalArgumentException(name + " must not have a query, fragment or user info");
		}
		if (scheme.equals("http")) {
			if (!isLoopback(uri.getHost())) {
				throw new IllegalArgumentException(name + " must use https; plain http is allowed only for loopback "
						+ "hosts such as localhost, was '" + value + "'");
			}
		}
		else if (!scheme.equals("https")) {
			throw new IllegalArgumentException(name + " must use https, was '" + value + "'");
		}
		String text = uri.toString();
		return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
	}

	private static boolean isLoopback(String host) {
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		// Only literal addresses: a name would need a DNS lookup, which must not decide where the key goes.
		if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
			return false;
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
