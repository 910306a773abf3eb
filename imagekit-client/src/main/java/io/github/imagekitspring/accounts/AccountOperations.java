package io.github.imagekitspring.accounts;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;

/**
 * The account management API: usage, usage analytics, origins and URL endpoints. Every method is lazy and checks
 * its arguments when called, before anything is sent.
 */
public interface AccountOperations {

	/**
	 * Get the account's usage from {@code startDate} (included) to {@code endDate} (excluded):
	 * {@code GET /v1/accounts/usage?startDate&endDate}.
	 * @param startDate the first day; must be before {@code endDate}
	 * @param endDate the day after the last; less than 90 days after {@code startDate}
	 * @return the usage
	 * @throws IllegalArgumentException if the dates are missing, out of order or 90 days apart or more
	 */
	default Mono<Usage> usage(LocalDate startDate, LocalDate endDate) {
		return withResponse().usage(startDate, endDate).map(ImageKitResponse::requiredBody);
	}

	/**
	 * Get the account's CDN analytics from {@code startDate} to {@code endDate}, both included, as UTC days:
	 * {@code GET /v1/accounts/usage-analytics?startDate&endDate} (beta; not in ImageKit's published spec).
	 * @param startDate the first day; not after {@code endDate}
	 * @param endDate the last day; less than 90 days after {@code startDate}
	 * @return the analytics
	 * @throws IllegalArgumentException if the dates are missing, out of order or 90 days apart or more
	 */
	default Mono<UsageAnalytics> usageAnalytics(LocalDate startDate, LocalDate endDate) {
		return withResponse().usageAnalytics(startDate, endDate).map(ImageKitResponse::requiredBody);
	}

	/**
	 * The origins: {@code /v1/accounts/origins}.
	 * @return the origin operations
	 */
	OriginOperations origins();

	/**
	 * The URL endpoints: {@code /v1/accounts/url-endpoints}.
	 * @return the URL endpoint operations
	 */
	UrlEndpointOperations urlEndpoints();

	/**
	 * The usage operations, answering with the response's status, headers and request id.
	 * @return the operations with responses
	 */
	WithResponse withResponse();

	/**
	 * The usage operations of {@link AccountOperations} answering with {@link ImageKitResponse}.
	 */
	interface WithResponse {

		/**
		 * {@code GET /v1/accounts/usage}.
		 * @param startDate the first day
		 * @param endDate the day after the last
		 * @return the response
		 * @see AccountOperations#usage(LocalDate, LocalDate)
		 */
		Mono<ImageKitResponse<Usage>> usage(LocalDate startDate, LocalDate endDate);

		/**
		 * {@code GET /v1/accounts/usage-analytics}.
		 * @param startDate the first day
		 * @param endDate the last day
		 * @return the response
		 * @see AccountOperations#usageAnalytics(LocalDate, LocalDate)
		 */
		Mono<ImageKitResponse<UsageAnalytics>> usageAnalytics(LocalDate startDate, LocalDate endDate);

	}

}
