package io.github.imagekitspring.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * CDN analytics of the account over a date range, both dates included: {@code GET /v1/accounts/usage-analytics}
 * (beta; not in the official spec, shape from ImageKit's generated SDKs). Covers the requesting account only.
 *
 * @param bandwidthBytes total bandwidth, in bytes
 * @param requestCount total number of requests
 * @param startDate first day of the data
 * @param endDate last day of the data
 * @param generatedAt when ImageKit computed the data (it is cached for 5 minutes)
 * @param browser traffic by browser
 * @param cache cache hits, misses and errors
 * @param country traffic by country; entries carry the ISO code
 * @param device traffic by device and operating system
 * @param format traffic by response {@code Content-Type}
 * @param statusCodes requests by HTTP status code
 * @param errorReasons requests by origin fetch failure
 * @param extensions raw operation counts by extension (not billable units)
 * @param videoProcessing raw transcoded seconds by resolution and codec (not billable units)
 * @param top404Assets URLs that answered 404 most often
 * @param topImages top images
 * @param topImageTransforms top image transformation strings
 * @param topVideos top videos
 * @param topVideoTransforms top video transformation strings
 * @param topOtherAssets top assets that are neither images nor videos
 * @param topReferrers top HTTP referrers
 * @param topUserAgents top user agents
 * @param urlEndpoints traffic by URL endpoint, unmatched traffic under {@code Default}
 * @param otherFields fields this client does not know yet, as sent
 */
public record UsageAnalytics(long bandwidthBytes, long requestCount, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable Instant generatedAt, @Nullable Breakdown browser,
		@Nullable CacheCounts cache, @Nullable Breakdown country, @Nullable Breakdown device,
		@Nullable Breakdown format, List<RequestCount> statusCodes, List<RequestCount> errorReasons,
		List<ExtensionCount> extensions, List<VideoProcessing> videoProcessing, List<RequestCount> top404Assets,
		@Nullable Breakdown topImages, @Nullable Breakdown topImageTransforms, @Nullable Breakdown topVideos,
		@Nullable Breakdown topVideoTransforms, @Nullable Breakdown topOtherAssets,
		@Nullable Breakdown topReferrers, @Nullable Breakdown topUserAgents, @Nullable Breakdown urlEndpoints,
		@JsonAnySetter Map<String, Object> otherFields) {

	public UsageAnalytics {
		statusCodes = listOrEmpty(statusCodes);
		errorReasons = listOrEmpty(errorReasons);
		extensions = listOrEmpty(extensions);
		videoProcessing = listOrEmpty(videoProcessing);
		top404Assets = listOrEmpty(top404Assets);
		otherFields = (otherFields != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(otherFields)) : Map.of();
	}

	static <T> List<T> listOrEmpty(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/**
	 * Traffic grouped by one key, in two top lists.
	 *
	 * @param byBandwidth top entries by bandwidth
	 * @param byRequests top entries by request count
	 */
	public record Breakdown(List<TrafficEntry> byBandwidth, List<TrafficEntry> byRequests) {

		public Breakdown {
			byBandwidth = listOrEmpty(byBandwidth);
			byRequests = listOrEmpty(byRequests);
		}

	}

	/**
	 * One entry of a {@link Breakdown}.
	 *
	 * @param name what the traffic is grouped by: a browser, a URL, a MIME type, a country name
	 * @param code the ISO country code, for countries only
	 * @param bandwidthBytes bandwidth, in bytes
	 * @param requestCount number of requests
	 */
	public record TrafficEntry(String name, @Nullable String code, long bandwidthBytes, long requestCount) {
	}

	/**
	 * CDN cache outcomes.
	 *
	 * @param hitCount requests served from cache, revalidated hits included
	 * @param missCount requests fetched from the origin
	 * @param errorCount requests where the cache failed or ran out of capacity
	 */
	public record CacheCounts(long hitCount, long missCount, long errorCount) {
	}

	/**
	 * A request count under a name: a status code, an error reason, a URL.
	 *
	 * @param name the name
	 * @param requestCount number of requests
	 */
	public record RequestCount(String name, long requestCount) {
	}

	/**
	 * How often an extension ran.
	 *
	 * @param name the extension
	 * @param operationCount number of runs
	 */
	public record ExtensionCount(String name, long operationCount) {
	}

	/**
	 * Transcoded output of one resolution and codec.
	 *
	 * @param resolution the resolution tier, such as {@code HD}
	 * @param codec the codec, such as {@code h264}
	 * @param durationSeconds total output duration, in seconds
	 */
	public record VideoProcessing(String resolution, String codec, double durationSeconds) {
	}

}
