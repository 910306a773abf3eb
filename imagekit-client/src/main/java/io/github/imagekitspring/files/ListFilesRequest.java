package io.github.imagekitspring.files;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * Query of the list-and-search API, {@code GET /v1/files}. Every field is optional; ImageKit's defaults apply to
 * those left out.
 *
 * @param type which entries to list
 * @param sort the order
 * @param path limit the listing to one folder (not its subfolders), such as {@code /products/}
 * @param searchQuery a query in ImageKit's search language; when set, ImageKit ignores {@code type}
 * @param fileType which kinds of files to list
 * @param limit the page size, 1 to 1000
 * @param skip how many entries to skip, 0 or more
 */
public record ListFilesRequest(@Nullable AssetType type, @Nullable AssetSort sort, @Nullable String path,
		@Nullable String searchQuery, @Nullable FileTypeFilter fileType, @Nullable Integer limit,
		@Nullable Integer skip) {

	/** The largest page ImageKit serves, and its default page size. */
	public static final int MAX_LIMIT = 1000;

	public ListFilesRequest {
		if (limit != null) {
			Arguments.requireInRange(limit, 1, MAX_LIMIT, "limit");
		}
		if (skip != null) {
			Arguments.requireInRange(skip, 0, Integer.MAX_VALUE, "skip");
		}
	}

	/** A request with every field left to ImageKit's defaults. */
	public static ListFilesRequest none() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder holding this request's values. */
	public Builder toBuilder() {
		return new Builder().type(this.type)
			.sort(this.sort)
			.path(this.path)
			.searchQuery(this.searchQuery)
			.fileType(this.fileType)
			.limit(this.limit)
			.skip(this.skip);
	}

	/** The page size in effect: the limit set, or ImageKit's default. */
	public int effectiveLimit() {
		return (this.limit != null) ? this.limit : MAX_LIMIT;
	}

	/** Builds a {@link ListFilesRequest}. */
	public static final class Builder {

		private @Nullable AssetType type;

		private @Nullable AssetSort sort;

		private @Nullable String path;

		private @Nullable String searchQuery;

		private @Nullable FileTypeFilter fileType;

		private @Nullable Integer limit;

		private @Nullable Integer skip;

		private Builder() {
		}

		public Builder type(@Nullable AssetType type) {
			this.type = type;
			return this;
		}

		public Builder sort(@Nullable AssetSort sort) {
			this.sort = sort;
			return this;
		}

		public Builder path(@Nullable String path) {
			this.path = path;
			return this;
		}

		public Builder searchQuery(@Nullable String searchQuery) {
			this.searchQuery = searchQuery;
			return this;
		}

		public Builder fileType(@Nullable FileTypeFilter fileType) {
			this.fileType = fileType;
			return this;
		}

		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		public Builder skip(@Nullable Integer skip) {
			this.skip = skip;
			return this;
		}

		public ListFilesRequest build() {
			return new ListFilesRequest(this.type, this.sort, this.path, this.searchQuery, this.fileType, this.limit,
					this.skip);
		}

	}

}
