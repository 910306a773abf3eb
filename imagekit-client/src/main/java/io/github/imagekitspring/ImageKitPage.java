package io.github.imagekitspring;

import java.util.List;

/**
 * One page of a list that ImageKit pages with {@code skip} and {@code limit}. ImageKit sends no total count and no
 * cursor: a page shorter than the limit is the last one.
 *
 * @param items the items of this page
 * @param skip the number of items skipped before this page
 * @param limit the page size that was asked for
 * @param <T> the item type
 */
public record ImageKitPage<T>(List<T> items, int skip, int limit) {

	public ImageKitPage {
		items = List.copyOf(items);
	}

	/** Whether another page may follow: this one was full. */
	public boolean hasNextPage() {
		return !this.items.isEmpty() && this.items.size() >= this.limit;
	}

	/** The {@code skip} value of the next page. */
	public int nextSkip() {
		return this.skip + this.items.size();
	}

}
