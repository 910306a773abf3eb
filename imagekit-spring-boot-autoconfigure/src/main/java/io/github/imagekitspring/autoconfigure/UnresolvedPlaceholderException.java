package io.github.imagekitspring.autoconfigure;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * An {@code imagekit.*} value still holds a {@code ${...}} placeholder: Boot binds unresolvable placeholders as
 * they are, which would send the placeholder as a key.
 */
class UnresolvedPlaceholderException extends InvalidConfigurationPropertyValueException {

	private final String placeholder;

	UnresolvedPlaceholderException(String name, String placeholder) {
		super(name, "${" + placeholder + "}", "It refers to ${" + placeholder + "}, which is not set.");
		this.placeholder = placeholder;
	}

	String placeholder() {
		return this.placeholder;
	}

	/**
	 * Throws if the value holds an unresolved placeholder.
	 * @param name the property
	 * @param value its bound value
	 */
	static void check(String name, @org.jspecify.annotations.Nullable String value) {
		if (value == null) {
			return;
		}
		int start = value.indexOf("${");
		int end = value.indexOf('}', start + 2);
		if (start >= 0 && end > start) {
			String reference = value.substring(start + 2, end);
			int colon = reference.indexOf(':');
			throw new UnresolvedPlaceholderException(name, (colon >= 0) ? reference.substring(0, colon) : reference);
		}
	}

}
