package io.github.imagekitspring.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random values drawn without I/O, so that they may be drawn on an event loop. The default {@link SecureRandom}
 * (and {@link UUID#randomUUID()}, which uses it) reads {@code /dev/urandom} on the calling thread whenever its small
 * buffer runs out. This one is a SHA1PRNG seeded once, when it is created, with 32 bytes of the system's entropy:
 * seeded explicitly, it never reads the entropy source again. Create it where blocking is fine, such as when a client
 * is built. Internal: not part of the public API.
 */
public final class SeededRandom {

	private static final int SEED_BYTES = 32;

	private static final byte[] BOUNDARY_CHARS = "-_1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		.getBytes(StandardCharsets.US_ASCII);

	private final SecureRandom random;

	public SeededRandom() {
		try {
			this.random = SecureRandom.getInstance("SHA1PRNG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK has no SHA1PRNG", ex);
		}
		byte[] seed = new byte[SEED_BYTES];
		new SecureRandom().nextBytes(seed);
		// Seeded before its first draw, so it never seeds itself from the system later.
		this.random.setSeed(seed);
	}

	/** A random (version 4) UUID. */
	public UUID uuid() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		return new UUID(buffer.getLong(), buffer.getLong());
	}

	/** A multipart boundary: 30 to 40 characters that RFC 2046 allows in one. */
	public byte[] multipartBoundary() {
		byte[] boundary = new byte[30 + this.random.nextInt(11)];
		for (int i = 0; i < boundary.length; i++) {
			boundary[i] = BOUNDARY_CHARS[this.random.nextInt(BOUNDARY_CHARS.length)];
		}
		return boundary;
	}

}
