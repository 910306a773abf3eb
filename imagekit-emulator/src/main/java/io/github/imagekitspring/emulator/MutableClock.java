package io.github.imagekitspring.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that only moves when told to, so tests can drive expiry, rate-limit windows and
 * job state transitions without sleeping.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;

	private MutableClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	/** A clock frozen at {@code start} until {@link #advance(Duration)} or {@link #set(Instant)} is called. */
	public static MutableClock at(Instant start) {
		return new MutableClock(start);
	}

	/** A clock frozen at the current system time. */
	public static MutableClock now() {
		return new MutableClock(Instant.now());
	}

	/** Moves the clock forward (or back, for a negative duration). */
	public MutableClock advance(Duration duration) {
		this.now.updateAndGet((current) -> current.plus(duration));
		return this;
	}

	/** Sets the clock to {@code instant}. */
	public void set(Instant instant) {
		this.now.set(instant);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
