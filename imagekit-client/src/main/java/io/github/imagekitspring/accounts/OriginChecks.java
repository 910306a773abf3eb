package io.github.imagekitspring.accounts;

import java.net.URI;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * The field rules of {@link OriginRequest}, from the OpenAPI spec.
 */
final class OriginChecks {

	private static final Pattern ORIGIN_NAME = Pattern.compile("[a-zA-Z0-9 ]+");

	private OriginChecks() {
	}

	static void checkName(@Nullable String name) {
		String value = Arguments.requireText(name, "name");
		if (value.length() > 100 || !ORIGIN_NAME.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"name must hold 1 to 100 letters, digits or spaces, was '" + value + "'");
		}
	}

	static void checkEmail(@Nullable String clientEmail) {
		String value = Arguments.requireText(clientEmail, "clientEmail");
		if (value.indexOf('@') < 1 || value.endsWith("@")) {
			throw new IllegalArgumentException("clientEmail must be an e-mail address, was '" + value + "'");
		}
	}

	static void checkBucket(@Nullable String bucket, String argument, @Nullable String prefix) {
		checkShortText(bucket, argument);
		if (prefix != null && prefix.length() > 100) {
			throw new IllegalArgumentException("prefix must hold at most 100 characters, had " + prefix.length());
		}
	}

	static void checkShortText(@Nullable String value, String argument) {
		if (Arguments.requireText(value, argument).length() > 100) {
			throw new IllegalArgumentException(argument + " must hold at most 100 characters");
		}
	}

	static void checkKeys(@Nullable String accessKey, @Nullable String secretKey, boolean useIamRole) {
		if (useIamRole) {
			if (!"".equals(accessKey) || !"".equals(secretKey)) {
				throw new IllegalArgumentException("accessKey and secretKey must be empty when useIamRole is true");
			}
			return;
		}
		checkShortText(accessKey, "accessKey");
		checkShortText(secretKey, "secretKey");
	}

	static void checkUrl(@Nullable URI url, String argument) {
		if (!Arguments.requireNonNull(url, argument).isAbsolute()) {
			throw new IllegalArgumentException(argument + " must be an absolute URL, was '" + url + "'");
		}
	}

	static void checkCanonical(@Nullable URI baseUrlForCanonicalHeader) {
		if (baseUrlForCanonicalHeader != null) {
			checkUrl(baseUrlForCanonicalHeader, "baseUrlForCanonicalHeader");
		}
	}

}
