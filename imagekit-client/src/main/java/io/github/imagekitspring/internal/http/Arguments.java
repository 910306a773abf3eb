package io.github.imagekitspring.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Checks arguments before any request is sent, with messages that name the argument.
 */
public final class Arguments {

	private Arguments() {
	}

	/**
	 * Require a non-blank id. Ids go into the URL path, where the exchange encodes them as one segment.
	 * @param value the id
	 * @param name the argument name for the message
	 * @return the id
	 */
	public static String requireId(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
		return value;
	}

	/**
	 * Require the id of a resource ImageKit generated (an origin, a saved extension): non-blank and without
	 * {@code /}, which no such id holds, so that a path or a typo fails here rather than as a 404.
	 * @param value the id
	 * @param name the argument name for the message
	 * @return the id
	 */
	public static String requireResourceId(@Nullable String value, String name) {
		String id = requireId(value, name);
		if (id.indexOf('/') >= 0) {
			throw new IllegalArgumentException(name + " must not contain '/', was '" + id + "'");
		}
		return id;
	}

	/**
	 * Require a non-null value.
	 * @param value the value
	 * @param name the argument name for the message
	 * @param <T> the type
	 * @return the value
	 */
	public static <T> T requireNonNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	/**
	 * Require a non-blank text.
	 * @param value the text
	 * @param name the argument name for the message
	 * @return the text
	 */
	public static String requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
		return value;
	}

	/**
	 * Require an int within bounds.
	 * @param value the value
	 * @param min the smallest allowed value
	 * @param max the largest allowed value
	 * @param name the argument name for the message
	 * @return the value
	 */
	public static int requireInRange(int value, int min, int max, String name) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

	/**
	 * Require a collection of 1 to {@code max} non-blank strings.
	 * @param values the values
	 * @param max the largest allowed size
	 * @param name the argument name for the message
	 * @param <C> the collection type
	 * @return the values
	 */
	public static <C extends Collection<String>> C requireIds(@Nullable C values, int max, String name) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException(name + " must not be null or empty");
		}
		if (values.size() > max) {
			throw new IllegalArgumentException(
					name + " must have at most " + max + " entries, had " + values.size());
		}
		for (String value : values) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must not contain null or blank entries");
			}
		}
		return values;
	}

	/**
	 * Require an absolute {@code http} or {@code https} URL with a host.
	 * @param value the URL
	 * @param name the argument name for the message
	 * @return the URL
	 */
	public static String requireHttpUrl(@Nullable String value, String name) {
		requireText(value, name);
		URI uri;
		try {
			uri = URI.create(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(name + " must be a valid absolute http(s) URL, was '" + value + "'",
					ex);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
			throw new IllegalArgumentException(name + " must be an absolute http(s) URL, was '" + value + "'");
		}
		return value;
	}

	/**
	 * Require a positive duration.
	 * @param value the duration
	 * @param name the argument name for the message
	 * @return the duration
	 */
	public static Duration requirePositive(@Nullable Duration value, String name) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive duration");
		}
		return value;
	}

}
