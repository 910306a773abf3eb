package io.github.imagekitspring.autoconfigure.webhooks;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the webhook endpoint, {@code imagekit.webhooks.*}. The secret is the account's
 * {@code imagekit.webhook-secret}.
 */
@ConfigurationProperties("imagekit.webhooks")
public class ImageKitWebhooksProperties {

	/**
	 * Path of the endpoint that receives ImageKit webhooks, for example /imagekit/webhooks. Unset: no endpoint.
	 */
	private @Nullable String path;

	/**
	 * Largest request body accepted; a larger one is answered 413 without being read further.
	 */
	private DataSize maxBodySize = DataSize.ofKilobytes(256);

	/**
	 * How far a webhook's timestamp may be from the clock, either way.
	 */
	private Duration tolerance = Duration.ofMinutes(5);

	/**
	 * Whether the legacy x-ik-signature scheme is accepted besides Standard Webhooks.
	 */
	private boolean legacySignatures = false;

	/**
	 * How many handled deliveries are remembered, so that a delivery sent again is acknowledged and not published
	 * twice.
	 */
	private int dedupeCapacity = 10_000;

	/**
	 * How long a handled delivery is remembered.
	 */
	private Duration dedupeRetention = Duration.ofHours(24);

	public @Nullable String getPath() {
		return this.path;
	}

	public void setPath(@Nullable String path) {
		this.path = path;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Duration getTolerance() {
		return this.tolerance;
	}

	public void setTolerance(Duration tolerance) {
		this.tolerance = tolerance;
	}

	public boolean isLegacySignatures() {
		return this.legacySignatures;
	}

	public void setLegacySignatures(boolean legacySignatures) {
		this.legacySignatures = legacySignatures;
	}

	public int getDedupeCapacity() {
		return this.dedupeCapacity;
	}

	public void setDedupeCapacity(int dedupeCapacity) {
		this.dedupeCapacity = dedupeCapacity;
	}

	public Duration getDedupeRetention() {
		return this.dedupeRetention;
	}

	public void setDedupeRetention(Duration dedupeRetention) {
		this.dedupeRetention = dedupeRetention;
	}

}
