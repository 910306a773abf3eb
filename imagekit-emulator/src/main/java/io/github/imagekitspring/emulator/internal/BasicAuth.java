package io.github.imagekitspring.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.web.reactive.function.server.ServerRequest;

/** Reads the key of an {@code Authorization: Basic} header: the user name, the password being empty. */
final class BasicAuth {

	private BasicAuth() {
	}

	/** The key, {@code ""} for an undecodable header, or {@code null} when there is no Basic header. */
	static String key(ServerRequest request) {
		String header = request.headers().firstHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
		int colon = decoded.indexOf(':');
		return (colon >= 0) ? decoded.substring(0, colon) : decoded;
	}

}
