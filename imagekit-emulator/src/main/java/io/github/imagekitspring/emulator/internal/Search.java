package io.github.imagekitspring.emulator.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Listing and searching files, file versions and folders. */
record Search(MediaLibrary library, CustomFields customFields, FileViews views) {

	/** What to list: current files, older versions, folders or all but versions. */
	enum Type {

		FILE, FILE_VERSION, FOLDER, ALL

	}

	/** Sort keys; {@code RELEVANCE} sorts as {@code CREATED}. */
	enum SortKey {

		NAME, CREATED, UPDATED, HEIGHT, WIDTH, SIZE, RELEVANCE

	}

	/**
	 * One list call. {@code fileType} is {@code all}, {@code image} or {@code non-image}; {@code searchQuery}
	 * and {@code path} may be {@code null}.
	 */
	record Request(Type type, String fileType, int limit, int skip, SortKey sortKey, boolean descending,
			String searchQuery, String path) {
	}

	private record Entry(SearchTarget target, Map<String, Object> json, String parent) {
	}

	List<Object> list(Request request) {
		String searchQuery = request.searchQuery();
		Predicate<SearchTarget> filter = (searchQuery == null || searchQuery.isBlank()) ? null
				: SearchQuery.parse(searchQuery, this.library.clock().instant(), this.customFields.types());
		// With a searchQuery the type parameter has no effect, except that file-version still selects versions.
		Type type = request.type();
		boolean searching = filter != null && type != Type.FILE_VERSION;
		boolean files = searching || type == Type.FILE || type == Type.ALL;
		boolean versions = type == Type.FILE_VERSION;
		String fileType = request.fileType();
		boolean withFolders = (searching || type == Type.FOLDER || type == Type.ALL) && fileType.equals("all");
		List<Entry> candidates = new ArrayList<>();
		for (Asset a : this.library.assets()) {
			for (Version v : a.versions) {
				boolean kindOk = (v.current && files) || (!v.current && versions);
				boolean fileTypeOk = fileType.equals("all") || fileType.equals(v.info.image() ? "image" : "non-image");
				if (kindOk && fileTypeOk) {
					candidates.add(new Entry(v, this.views.file(a, v), MediaPaths.folderKey(v.folder)));
				}
			}
		}
		if (withFolders) {
			for (Folder f : this.library.folders()) {
				String parent = f.path().substring(0, f.path().lastIndexOf('/'));
				candidates.add(new Entry(f, FileViews.folder(f), parent.isEmpty() ? "/" : parent));
			}
		}
		String pathKey = (request.path() == null) ? null : MediaPaths.folderKey(request.path());
		return candidates.stream()
			.filter((e) -> pathKey == null || e.parent.equals(pathKey))
			.filter((e) -> filter == null || filter.test(e.target))
			.sorted(comparator(request.sortKey(), request.descending()))
			.skip(request.skip())
			.limit(request.limit())
			.map((e) -> (Object) e.json)
			.toList();
	}

	private static Comparator<Entry> comparator(SortKey key, boolean descending) {
		Comparator<SearchTarget> c = switch (key) {
			case NAME -> Comparator.comparing(SearchTarget::name);
			case UPDATED -> Comparator.comparing(SearchTarget::updatedAt);
			case HEIGHT -> Comparator.comparing(SearchTarget::height, Comparator.nullsFirst(Comparator.naturalOrder()));
			case WIDTH -> Comparator.comparing(SearchTarget::width, Comparator.nullsFirst(Comparator.naturalOrder()));
			case SIZE -> Comparator.comparing(SearchTarget::size, Comparator.nullsFirst(Comparator.naturalOrder()));
			case CREATED, RELEVANCE -> Comparator.comparing(SearchTarget::createdAt);
		};
		return Comparator.comparing(Entry::target, descending ? c.reversed() : c);
	}

}
