package io.github.imagekitspring.accounts;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.http.ImageKitExchange;
import io.github.imagekitspring.http.ImageKitOperation;
import io.github.imagekitspring.http.ImageKitRequest;

/**
 * {@link AccountOperations} over the client's exchange.
 */
public final class AccountClient implements AccountOperations {

	private final ImageKitExchange exchange;

	private final OriginOperations origins;

	private final UrlEndpointOperations urlEndpoints;

	private final Responses responses = new Responses();

	public AccountClient(ImageKitExchange exchange) {
		this.exchange = exchange;
		this.origins = new OriginClient(exchange);
		this.urlEndpoints = new UrlEndpointClient(exchange);
	}

	@Override
	public Mono<Usage> usage(LocalDate startDate, LocalDate endDate) {
		return this.responses.usage(startDate, endDate).map(ImageKitResponse::requiredBody);
	}

	@Override
	public Mono<UsageAnalytics> usageAnalytics(LocalDate startDate, LocalDate endDate) {
		return this.responses.usageAnalytics(startDate, endDate).map(ImageKitResponse::requiredBody);
	}

	@Override
	public OriginOperations origins() {
		return this.origins;
	}

	@Override
	public UrlEndpointOperations urlEndpoints() {
		return this.urlEndpoints;
	}

	@Override
	public WithResponse withResponse() {
		return this.responses;
	}

	private final class Responses implements WithResponse {

		@Override
		public Mono<ImageKitResponse<Usage>> usage(LocalDate startDate, LocalDate endDate) {
			DateRange.requireEndExclusive(startDate, endDate);
			return AccountClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.ACCOUNTS_USAGE)
				.queryParam("startDate", startDate)
				.queryParam("endDate", endDate)
				.build(), Usage.class);
		}

		@Override
		public Mono<ImageKitResponse<UsageAnalytics>> usageAnalytics(LocalDate startDate, LocalDate endDate) {
			DateRange.requireInclusive(startDate, endDate);
			return AccountClient.this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.ACCOUNTS_USAGE_ANALYTICS)
				.queryParam("startDate", startDate)
				.queryParam("endDate", endDate)
				.build(), UsageAnalytics.class);
		}

	}

}
