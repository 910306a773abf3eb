package io.github.imagekitspring.accounts;

/**
 * Usage of the account over a date range, {@code GET /v1/accounts/usage}.
 *
 * @param bandwidthBytes bandwidth used, in bytes
 * @param mediaLibraryStorageBytes storage used by the media library, in bytes
 * @param videoProcessingUnitsCount video processing units used
 * @param extensionUnitsCount extension units used
 * @param originalCacheStorageBytes storage used by the original cache, in bytes
 */
public record Usage(long bandwidthBytes, long mediaLibraryStorageBytes, long videoProcessingUnitsCount,
		long extensionUnitsCount, long originalCacheStorageBytes) {
}
