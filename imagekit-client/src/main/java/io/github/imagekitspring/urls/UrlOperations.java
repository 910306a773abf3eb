package io.github.imagekitspring.urls;

import java.time.Clock;

/**
 * Builds ImageKit delivery URLs, optionally signed. Pure: no HTTP call is made.
 * <p>
 * Signing follows the official SDKs: the signed text is the final URL (transformations and query parameters
 * included) without the URL endpoint and its trailing slash, followed by the expiry in Unix seconds
 * ({@code 9999999999} when the URL does not expire); {@code ik-s} is its lower-case hex HMAC-SHA1 with the private
 * key. Non-ASCII path characters are percent-encoded (UTF-8) before signing, so the signature covers exactly what is
 * sent.
 */
public interface UrlOperations {

	/**
	 * Builds the URL.
	 * @throws IllegalArgumentException if the request cannot be turned into a URL
	 */
	String url(UrlRequest request);

	/**
	 * Creates URL operations.
	 * @param urlEndpoint the default URL endpoint, such as {@code https://ik.imagekit.io/your_id}
	 * @param privateKey the private API key, used only to sign URLs; never printed
	 * @param clock the clock for expiry timestamps
	 * @throws IllegalArgumentException if the endpoint is not an absolute http(s) URL or the key is blank
	 */
	static UrlOperations create(String urlEndpoint, String privateKey, Clock clock) {
		return new DefaultUrlOperations(urlEndpoint, privateKey, clock);
	}

}
