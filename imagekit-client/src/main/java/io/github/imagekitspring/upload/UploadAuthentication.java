package io.github.imagekitspring.upload;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Creates credentials for client-side (browser or mobile) uploads, so the private key never leaves the server.
 * <ul>
 * <li>v1: {@link UploadAuthParameters} for {@code /api/v1/files/upload}.</li>
 * <li>v2: a JWT for {@code /api/v2/files/upload}, sent as {@code token}; its payload holds every field of the
 * upload exactly as {@link UploadRequest#wireFields()} sends it, so the request must carry those same fields.</li>
 * </ul>
 */
public interface UploadAuthentication {

	/** Default lifetime of v1 parameters and v2 tokens. */
	Duration DEFAULT_VALIDITY = Duration.ofMinutes(30);

	/** Longest lifetime ImageKit accepts. */
	Duration MAX_VALIDITY = Duration.ofHours(1);

	/**
	 * v1 parameters with a random UUID token, expiring in 30 minutes.
	 */
	default UploadAuthParameters authenticationParameters() {
		return authenticationParameters(null, null);
	}

	/**
	 * v1 parameters.
	 * @param token the token, or {@code null} for a random UUID
	 * @param expire the expiry in Unix seconds, or {@code null} for now + 30 minutes
	 * @throws IllegalArgumentException if {@code expire} is in the past or more than 1 hour ahead, or the token is
	 * blank
	 */
	UploadAuthParameters authenticationParameters(@Nullable String token, @Nullable Long expire);

	/**
	 * A v2 upload JWT valid for 30 minutes.
	 */
	default String uploadToken(UploadRequest request) {
		return uploadToken(request, DEFAULT_VALIDITY);
	}

	/**
	 * A v2 upload JWT: header {@code {"alg":"HS256","typ":"JWT","kid":<public key>}}, payload the request's wire
	 * fields plus {@code iat} and {@code exp}, signed with HMAC-SHA256 and the private key.
	 * @param validity {@code exp - iat}, positive and at most 1 hour
	 * @throws IllegalArgumentException if {@code validity} is out of range
	 */
	String uploadToken(UploadRequest request, Duration validity);

	/**
	 * Creates the authentication.
	 * @param publicKey the account's public key
	 * @param privateKey the private key; kept privately, never printed
	 * @param clock the clock for {@code expire}, {@code iat} and {@code exp}
	 */
	static UploadAuthentication create(String publicKey, String privateKey, Clock clock) {
		return new DefaultUploadAuthentication(publicKey, privateKey, clock);
	}

}
