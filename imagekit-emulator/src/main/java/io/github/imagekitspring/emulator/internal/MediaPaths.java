package io.github.imagekitspring.emulator.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** Folder and file path rules of the media library. */
final class MediaPaths {

	private static final String NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private MediaPaths() {
	}

	/** {@code "a/b"}, {@code "/a/b/"} → {@code "/a/b/"}; root is {@code "/"}. */
	static String folderPrefix(String folder) {
		String f = (folder == null) ? "" : folder.trim();
		f = f.replaceAll("/+", "/");
		if (!f.startsWith("/")) {
			f = "/" + f;
		}
		if (!f.endsWith("/")) {
			f = f + "/";
		}
		return f;
	}

	/** {@code "a/b/"} → {@code "/a/b"}; root is {@code "/"}. */
	static String folderKey(String folder) {
		String prefix = folderPrefix(folder);
		return (prefix.length() == 1) ? "/" : prefix.substring(0, prefix.length() - 1);
	}

	static String sanitizeFolder(String folder) {
		return folderPrefix(folder).replaceAll("[^a-zA-Z0-9/_-]", "_");
	}

	static String sanitizeFileName(String name) {
		return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
	}

	/** The name with {@code _} and ten random characters before its extension. */
	static String uniqueName(String name) {
		StringBuilder suffix = new StringBuilder("_");
		ThreadLocalRandom r = ThreadLocalRandom.current();
		for (int i = 0; i < 10; i++) {
			suffix.append(NAME_CHARS.charAt(r.nextInt(NAME_CHARS.length())));
		}
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
	}

	/** Whether a file path or folder key lies in the folder {@code folderKey} or is that folder. */
	static boolean under(String filePathOrFolder, String folderKey) {
		String prefix = folderKey.equals("/") ? "/" : folderKey + "/";
		return filePathOrFolder.startsWith(prefix) || filePathOrFolder.equals(folderKey);
	}

	/** {@code /tr:w-100/a/b.png?tr=h-10} → {@code /a/b.png}. */
	static String filePathOfDeliveryPath(String rawPath) {
		String rest = rawPath;
		int q = rest.indexOf('?');
		rest = (q >= 0) ? rest.substring(0, q) : rest;
		if (rest.startsWith("/tr:")) {
			int slash = rest.indexOf('/', 1);
			rest = (slash >= 0) ? rest.substring(slash) : "/";
		}
		return URLDecoder.decode(rest, StandardCharsets.UTF_8);
	}

}
