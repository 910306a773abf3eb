package io.github.imagekitspring.upload;

/**
 * One-time parameters for a client-side upload to {@code /api/v1/files/upload}: the browser sends them as the
 * {@code token}, {@code expire}, {@code signature} and {@code publicKey} form fields. Good for one upload only.
 *
 * @param token the unique token
 * @param expire when the parameters expire, Unix seconds
 * @param signature lower-case hex HMAC-SHA1 of {@code token + expire} with the private key
 * @param publicKey the account's public key
 */
public record UploadAuthParameters(String token, long expire, String signature, String publicKey) {

	/** Without the signature: it is meant for the browser, not for logs. */
	@Override
	public String toString() {
		return "UploadAuthParameters[token=" + this.token + ", expire=" + this.expire + ", signature=******, publicKey="
				+ this.publicKey + "]";
	}

}
