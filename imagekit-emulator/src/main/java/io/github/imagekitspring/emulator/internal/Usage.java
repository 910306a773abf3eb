package io.github.imagekitspring.emulator.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Account usage: bandwidth from deliveries under the URL endpoint, storage from the media library. */
final class Usage {

	/** Days from {@code start} up to, not including, {@code endExclusive}. */
	record DateRange(LocalDate start, LocalDate endExclusive) {
	}

	private record Delivery(Instant at, long bytes, String format, int status) {
	}

	private final List<Delivery> deliveries = new ArrayList<>();

	private final MediaLibrary library;

	private final Clock clock;

	Usage(MediaLibrary library, Clock clock) {
		this.library = library;
		this.clock = clock;
	}

	void clear() {
		this.deliveries.clear();
	}

	/** Counts one delivery answered with {@code status}; {@code mime} {@code null} when nothing was sent. */
	void recordDelivery(long bytes, String mime, int status) {
		this.deliveries.add(new Delivery(this.clock.instant(), bytes, mime, status));
	}

	Map<String, Object> usage(DateRange range) {
		List<Delivery> in = deliveriesIn(range);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("bandwidthBytes", in.stream().mapToLong(Delivery::bytes).sum());
		out.put("mediaLibraryStorageBytes", this.library.storageBytes());
		out.put("videoProcessingUnitsCount", 0);
		out.put("extensionUnitsCount", 0);
		out.put("originalCacheStorageBytes", 0);
		return out;
	}

	Map<String, Object> analytics(DateRange range) {
		List<Delivery> in = deliveriesIn(range);
		Map<String, long[]> byFormat = new TreeMap<>();
		Map<Integer, long[]> byStatus = new TreeMap<>();
		for (Delivery d : in) {
			if (d.format != null) {
				long[] f = byFormat.computeIfAbsent(d.format, (k) -> new long[2]);
				f[0] += d.bytes;
				f[1]++;
			}
			byStatus.computeIfAbsent(d.status, (k) -> new long[1])[0]++;
		}
		List<Map<String, Object>> formats = byFormat.entrySet().stream()
			.map((e) -> Map.<String, Object>of("name", e.getKey(), "bandwidthBytes", e.getValue()[0], "requestCount", e.getValue()[1]))
			.toList();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("bandwidthBytes", in.stream().mapToLong(Delivery::bytes).sum());
		out.put("requestCount", in.size());
		out.put("startDate", range.start().toString());
		out.put("endDate", range.endExclusive().minusDays(1).toString());
		out.put("generatedAt", Ids.iso(this.clock.instant()));
		out.put("format", Map.of("byBandwidth", sortedDescending(formats, "bandwidthBytes"),
				"byRequests", sortedDescending(formats, "requestCount")));
		out.put("statusCodes", byStatus.entrySet().stream()
			.map((e) -> Map.<String, Object>of("code", e.getKey(), "requestCount", e.getValue()[0]))
			.toList());
		return out;
	}

	private static List<Map<String, Object>> sortedDescending(List<Map<String, Object>> rows, String key) {
		return rows.stream().sorted(Comparator.comparing((Map<String, Object> m) -> (Long) m.get(key)).reversed()).toList();
	}

	private List<Delivery> deliveriesIn(DateRange range) {
		Instant from = range.start().atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = range.endExclusive().atStartOfDay(ZoneOffset.UTC).toInstant();
		return this.deliveries.stream().filter((d) -> !d.at.isBefore(from) && d.at.isBefore(to)).toList();
	}

}
