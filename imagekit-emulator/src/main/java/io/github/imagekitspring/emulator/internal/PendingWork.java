package io.github.imagekitspring.emulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When asynchronous work (folder jobs, purges) completes: once {@code pendingFor} of emulator-clock time
 * has passed, or once its status was polled more than {@code pendingPolls} times.
 */
public final class PendingWork {

	/** How long and for how many status polls work stays Pending. */
	public record Settings(Duration pendingFor, int pendingPolls) {
	}

	private final Clock clock;

	private volatile Settings settings;

	PendingWork(Clock clock, Settings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	void settings(Settings settings) {
		this.settings = settings;
	}

	/** The emulator clock's time, when work starts. */
	Instant now() {
		return this.clock.instant();
	}

	boolean done(Instant createdAt, int polls) {
		Settings s = this.settings;
		return !this.clock.instant().isBefore(createdAt.plus(s.pendingFor())) || polls > s.pendingPolls();
	}

}
