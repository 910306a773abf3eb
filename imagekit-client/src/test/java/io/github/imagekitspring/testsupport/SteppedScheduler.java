package io.github.imagekitspring.testsupport;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A virtual-time scheduler that tells when a timer has been set. Responses arrive on real network threads, so a
 * test waits until the wait helper has set its next timer before it moves virtual time past it.
 */
public final class SteppedScheduler implements Scheduler {

	private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

	private final Semaphore timersSet = new Semaphore(0);

	@Override
	public Disposable schedule(Runnable task) {
		return this.time.schedule(task);
	}

	@Override
	public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
		Disposable timer = this.time.schedule(task, delay, unit);
		this.timersSet.release();
		return timer;
	}

	@Override
	public Disposable schedulePeriodically(Runnable task, long initialDelay, long period, TimeUnit unit) {
		return this.time.schedulePeriodically(task, initialDelay, period, unit);
	}

	@Override
	public long now(TimeUnit unit) {
		return this.time.now(unit);
	}

	@Override
	public Worker createWorker() {
		return this.time.createWorker();
	}

	@Override
	public void dispose() {
		this.time.dispose();
	}

	/**
	 * Block until some more timers have been set; fails the test if they are not set within a few real seconds.
	 * @param count how many timers
	 */
	public void awaitTimers(int count) {
		try {
			assertThat(this.timersSet.tryAcquire(count, 5, TimeUnit.SECONDS)).as("%s timer(s) set", count).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Move virtual time forward, running every timer that falls due.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.time.advanceTimeBy(duration);
	}

}
