package io.github.imagekitspring.internal.client;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.internal.http.CrudResource;
import io.github.imagekitspring.internal.http.ImageKitExchange;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.internal.http.ImageKitRequest;
import io.github.imagekitspring.accounts.AccountOperations;
import io.github.imagekitspring.accounts.Origin;
import io.github.imagekitspring.accounts.OriginOperations;
import io.github.imagekitspring.accounts.OriginRequest;
import io.github.imagekitspring.accounts.UrlEndpoint;
import io.github.imagekitspring.accounts.UrlEndpointOperations;
import io.github.imagekitspring.accounts.UrlEndpointRequest;
import io.github.imagekitspring.accounts.Usage;
import io.github.imagekitspring.accounts.UsageAnalytics;

/**
 * {@link AccountOperations.WithResponse} over the client's exchange: each call written once; the plain form is
 * {@link AccountOperations}'s default methods.
 */
public final class AccountClient implements AccountOperations.WithResponse {

	private final ImageKitExchange exchange;

	private AccountClient(ImageKitExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * The account operations over an exchange.
	 * @param exchange the client's exchange
	 * @return the account operations, origins and URL endpoints included
	 */
	public static AccountOperations operations(ImageKitExchange exchange) {
		CrudResource<Origin, OriginRequest, OriginRequest> origins = new CrudResource<>(exchange, Origin.class,
				ImageKitOperation.ORIGINS_LIST, ImageKitOperation.ORIGINS_CREATE, ImageKitOperation.ORIGINS_GET,
				ImageKitOperation.ORIGINS_UPDATE, ImageKitOperation.ORIGINS_DELETE);
		CrudResource<UrlEndpoint, UrlEndpointRequest, UrlEndpointRequest> urlEndpoints = new CrudResource<>(exchange,
				UrlEndpoint.class, ImageKitOperation.URL_ENDPOINTS_LIST, ImageKitOperation.URL_ENDPOINTS_CREATE,
				ImageKitOperation.URL_ENDPOINTS_GET, ImageKitOperation.URL_ENDPOINTS_UPDATE,
				ImageKitOperation.URL_ENDPOINTS_DELETE);
		return new Operations(new AccountClient(exchange), () -> origins, () -> urlEndpoints);
	}

	@Override
	public Mono<ImageKitResponse<Usage>> usage(LocalDate startDate, LocalDate endDate) {
		DateRange.requireEndExclusive(startDate, endDate);
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.ACCOUNTS_USAGE)
			.queryParam("startDate", startDate)
			.queryParam("endDate", endDate)
			.build(), Usage.class);
	}

	@Override
	public Mono<ImageKitResponse<UsageAnalytics>> usageAnalytics(LocalDate startDate, LocalDate endDate) {
		DateRange.requireInclusive(startDate, endDate);
		return this.exchange.exchange(ImageKitRequest.of(ImageKitOperation.ACCOUNTS_USAGE_ANALYTICS)
			.queryParam("startDate", startDate)
			.queryParam("endDate", endDate)
			.build(), UsageAnalytics.class);
	}

	private record Operations(WithResponse withResponse, OriginOperations origins,
			UrlEndpointOperations urlEndpoints) implements AccountOperations {
	}

}
