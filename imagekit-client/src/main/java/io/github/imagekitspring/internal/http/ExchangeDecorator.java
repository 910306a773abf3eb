package io.github.imagekitspring.internal.http;

import reactor.core.publisher.Mono;

/**
 * Wraps the attempts of one call: resilience (retry, rate limiting) inside, observation outside. The wrapped
 * {@code Mono} is lazy and sends a new request on each subscription.
 */
public interface ExchangeDecorator {

	/** A decorator that adds nothing. */
	ExchangeDecorator NONE = new ExchangeDecorator() {

		@Override
		public <T> Mono<T> decorate(ImageKitCall call, Mono<T> next) {
			return next;
		}

	};

	/**
	 * Decorate a call.
	 * @param call the call, shared with the other decorators
	 * @param next what to decorate
	 * @param <T> the result type
	 * @return the decorated call
	 */
	<T> Mono<T> decorate(ImageKitCall call, Mono<T> next);

}
