package io.github.imagekitspring.internal.http;

import java.util.List;

import reactor.core.publisher.Mono;

import io.github.imagekitspring.CrudOperations;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.ImageKitOperation;

/**
 * The five calls of an ImageKit resource that is listed, created, read, updated and deleted by id (origins, URL
 * endpoints, saved extensions, named transformations): one implementation for all of them.
 *
 * @param <T> the resource type
 * @param <C> the create request
 * @param <U> the update request
 */
public final class CrudResource<T, C, U> implements CrudOperations.WithResponse<T, C, U> {

	private final ImageKitExchange exchange;

	private final Class<T> type;

	private final ImageKitOperation list;

	private final ImageKitOperation create;

	private final ImageKitOperation get;

	private final ImageKitOperation update;

	private final ImageKitOperation delete;

	/**
	 * Create the calls of one resource.
	 * @param exchange the exchange
	 * @param type the resource type
	 * @param list the list operation
	 * @param create the create operation
	 * @param get the get operation, with an {@code {id}} path variable
	 * @param update the update operation, with an {@code {id}} path variable
	 * @param delete the delete operation, with an {@code {id}} path variable
	 */
	public CrudResource(ImageKitExchange exchange, Class<T> type, ImageKitOperation list, ImageKitOperation create,
			ImageKitOperation get, ImageKitOperation update, ImageKitOperation delete) {
		this.exchange = exchange;
		this.type = type;
		this.list = list;
		this.create = create;
		this.get = get;
		this.update = update;
		this.delete = delete;
	}

	@Override
	public Mono<ImageKitResponse<List<T>>> list() {
		return this.exchange.exchangeList(ImageKitRequest.of(this.list).build(), this.type);
	}

	@Override
	public Mono<ImageKitResponse<T>> create(C request) {
		return this.exchange.exchange(
				ImageKitRequest.of(this.create).jsonBody(Arguments.requireNonNull(request, "request")).build(),
				this.type);
	}

	@Override
	public Mono<ImageKitResponse<T>> get(String id) {
		return this.exchange.exchange(
				ImageKitRequest.of(this.get).pathVariable("id", Arguments.requireResourceId(id, "id")).build(),
				this.type);
	}

	@Override
	public Mono<ImageKitResponse<T>> update(String id, U request) {
		return this.exchange.exchange(ImageKitRequest.of(this.update)
			.pathVariable("id", Arguments.requireResourceId(id, "id"))
			.jsonBody(Arguments.requireNonNull(request, "request"))
			.build(), this.type);
	}

	@Override
	public Mono<ImageKitResponse<Void>> delete(String id) {
		return this.exchange.exchange(
				ImageKitRequest.of(this.delete).pathVariable("id", Arguments.requireResourceId(id, "id")).build());
	}

}
