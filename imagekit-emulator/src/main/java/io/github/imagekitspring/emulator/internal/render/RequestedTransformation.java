package io.github.imagekitspring.emulator.internal.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The transformation a delivery URL asks for: its {@code /tr:...} path segment, then its {@code tr} parameter. */
public final class RequestedTransformation {

	private RequestedTransformation() {
	}

	/**
	 * The decoded chain, path steps before query steps, joined with {@code :}; empty when the URL has none.
	 * @param rawPath the path after the URL endpoint, such as {@code /tr:w-100/a.png}
	 * @param rawQuery the raw query, or {@code null}
	 */
	public static String of(String rawPath, String rawQuery) {
		String chain = "";
		if (rawPath.startsWith("/tr:")) {
			int slash = rawPath.indexOf('/', 1);
			chain = decode(rawPath.substring(4, (slash >= 0) ? slash : rawPath.length()));
		}
		if (rawQuery != null) {
			for (String parameter : rawQuery.split("&")) {
				if (parameter.startsWith("tr=") && parameter.length() > 3) {
					String query = decode(parameter.substring(3));
					chain = chain.isEmpty() ? query : chain + ":" + query;
				}
			}
		}
		return chain;
	}

	/** Percent-decoding only: a {@code +} in a chain is a plus, as in a path. */
	private static String decode(String raw) {
		return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
