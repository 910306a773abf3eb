package io.github.imagekitspring.files;

/**
 * Order of the list API; the constant names are the wire values.
 */
public enum AssetSort {

	ASC_NAME, DESC_NAME, ASC_CREATED, DESC_CREATED, ASC_UPDATED, DESC_UPDATED, ASC_HEIGHT, DESC_HEIGHT, ASC_WIDTH,
	DESC_WIDTH, ASC_SIZE, DESC_SIZE, ASC_RELEVANCE, DESC_RELEVANCE

}
