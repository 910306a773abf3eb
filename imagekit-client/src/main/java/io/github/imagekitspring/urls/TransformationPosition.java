package io.github.imagekitspring.urls;

/**
 * Where the transformation chain goes in a generated URL.
 */
public enum TransformationPosition {

	/** As the {@code tr} query parameter: {@code {endpoint}/{path}?tr=w-300}. The default. */
	QUERY,

	/** As a path segment after the endpoint: {@code {endpoint}/tr:w-300/{path}}. */
	PATH

}
