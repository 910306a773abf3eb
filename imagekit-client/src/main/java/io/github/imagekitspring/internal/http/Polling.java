package io.github.imagekitspring.internal.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import io.github.imagekitspring.errors.WaitTimeoutException;
import io.github.imagekitspring.ImageKitOperation;

/**
 * Polls an asynchronous ImageKit job until it is finished, waiting longer between polls each time, and gives up
 * after a timeout. Waits run on a given {@link Scheduler} so that tests can use virtual time.
 */
public final class Polling {

	/** The wait before the second poll; each further wait doubles, up to {@link #MAX_DELAY}. */
	public static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	/** The longest wait between two polls. */
	public static final Duration MAX_DELAY = Duration.ofSeconds(16);

	private Polling() {
	}

	/**
	 * Poll an ImageKit job until it is finished, after checking the timeout and the scheduler.
	 * @param poll one poll; subscribed again for each poll
	 * @param finished whether a state is final
	 * @param operation the id of the polled operation, for the timeout
	 * @param job what is awaited, such as {@code bulk job}, for the timeout's message
	 * @param id the job id, for the timeout's message
	 * @param timeout how long to poll in all; positive
	 * @param scheduler the scheduler of the waits and of the timeout
	 * @param <T> the state type
	 * @return the first finished state; a {@link WaitTimeoutException} naming the job when the timeout passes first
	 */
	public static <T> Mono<T> await(Mono<T> poll, Predicate<T> finished, ImageKitOperation operation, String job,
			String id, Duration timeout, Scheduler scheduler) {
		Arguments.requirePositive(timeout, "timeout");
		Arguments.requireNonNull(scheduler, "scheduler");
		return Mono.defer(() -> {
			AtomicInteger polls = new AtomicInteger();
			return until(poll.doOnSubscribe((subscription) -> polls.incrementAndGet()), finished, timeout, scheduler,
					() -> new WaitTimeoutException(operation.id(), polls.get(), job, id, timeout));
		});
	}

	/**
	 * Poll until a state is finished.
	 * @param poll one poll; subscribed again for each poll
	 * @param finished whether a state is final
	 * @param timeout how long to poll in all
	 * @param scheduler the scheduler of the waits and of the timeout
	 * @param onTimeout the error to fail with when the timeout passes
	 * @param <T> the state type
	 * @return the first finished state
	 */
	private static <T> Mono<T> until(Mono<T> poll, Predicate<T> finished, Duration timeout, Scheduler scheduler,
			Supplier<? extends Throwable> onTimeout) {
		return poll.filter(finished)
			.repeatWhenEmpty((repeats) -> repeats.concatMap((index) -> Mono.delay(delay(index), scheduler)))
			.timeout(timeout, Mono.error(onTimeout), scheduler);
	}

	static Duration delay(long index) {
		long shift = Math.min(index, 4);
		Duration delay = FIRST_DELAY.multipliedBy(1L << shift);
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

}
