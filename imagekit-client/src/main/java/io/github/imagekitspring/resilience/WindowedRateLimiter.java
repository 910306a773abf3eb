package io.github.imagekitspring.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import io.github.resilience4j.core.EventConsumer;
import io.github.resilience4j.core.EventProcessor;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.event.RateLimiterEvent;
import io.github.resilience4j.ratelimiter.event.RateLimiterOnFailureEvent;
import io.github.resilience4j.ratelimiter.event.RateLimiterOnSuccessEvent;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.WindowGrid;
import io.github.imagekitspring.resilience.ImageKitResilience.EndpointLimit;

/**
 * A Resilience4j {@link RateLimiter} made of several fixed windows, such as 20 per second and 120 per 10 seconds: a
 * permit needs room in every window. Written against Resilience4j's public interface because its own limiter holds
 * one window, cannot start its cycles at a given instant (the server's window), cannot read a virtual clock, and
 * keeps the permit of a caller that gave up waiting. Here nothing is reserved: {@link #tryAcquire()} takes a permit
 * in every window at once or takes none and says how long to wait, so a caller that is cancelled while waiting
 * holds nothing.
 */
final class WindowedRateLimiter implements RateLimiter {

	private final String name;

	private final Map<String, String> tags;

	private final LongSupplier nanoTime;

	private final List<Window> windows = new ArrayList<>();

	private volatile Duration timeout;

	private volatile RateLimiterConfig config;

	private final AtomicInteger waiting = new AtomicInteger();

	private final Events events = new Events();

	WindowedRateLimiter(String name, Map<String, String> tags, List<EndpointLimit> declared, Duration timeout,
			LongSupplier nanoTime) {
		this.name = name;
		this.tags = tags;
		this.nanoTime = nanoTime;
		this.timeout = timeout;
		long now = nanoTime.getAsLong();
		for (EndpointLimit limit : declared) {
			this.windows.add(new Window(limit.limitForPeriod(), limit.limitRefreshPeriod().toNanos(), now));
		}
		this.config = describe();
	}

	/**
	 * Take one permit in every window, or none.
	 * @return 0 when taken, otherwise the nanoseconds until a window that is full starts again
	 */
	long tryAcquire() {
		return tryAcquire(1);
	}

	/**
	 * Take one permit in every window, or none, counting in {@code 1 / share} of each window's limit (at least one
	 * permit): this instance's part when the instances that share the windows cannot count together. The permits
	 * the store gave this instance count in it too.
	 * @return 0 when taken, otherwise the nanoseconds until a window that is full starts again
	 */
	long tryAcquire(int share) {
		long wait = take(Math.max(1, share));
		if (this.events.hasConsumers() && wait == 0) {
			this.events.processEvent(new RateLimiterOnSuccessEvent(this.name));
		}
		return wait;
	}

	private synchronized long take(int share) {
		if (this.windows.isEmpty()) {
			return 0;
		}
		long now = this.nanoTime.getAsLong();
		long wait = 0;
		for (Window window : this.windows) {
			window.roll(now);
			if (window.used >= Math.max(1, window.limit / share)) {
				wait = Math.max(wait, window.nextStart() - now);
			}
		}
		if (wait > 0) {
			return wait;
		}
		for (Window window : this.windows) {
			window.used++;
		}
		return 0;
	}

	/**
	 * Adds the windows other instances learned that this one does not know of, counted from now until a 429 lines
	 * them up.
	 */
	synchronized void adopt(List<EndpointLimit> learned) {
		boolean added = false;
		for (EndpointLimit limit : learned) {
			long period = limit.limitRefreshPeriod().toNanos();
			if (window(period) == null) {
				this.windows.add(new Window(limit.limitForPeriod(), period, this.nanoTime.getAsLong()));
				added = true;
			}
		}
		if (added) {
			this.config = describe();
		}
	}

	/** Counts a permit the shared store gave, so that this instance's share holds what it took there too. */
	synchronized void taken() {
		long now = this.nanoTime.getAsLong();
		for (Window window : this.windows) {
			window.roll(now);
			window.used++;
		}
	}

	/** Records a refusal that no permit came within the caller's timeout. */
	void rejected() {
		if (this.events.hasConsumers()) {
			this.events.processEvent(new RateLimiterOnFailureEvent(this.name));
		}
	}

	/**
	 * What a 429 said: the window of {@code interval} holds {@code limit} requests and is spent until {@code reset}
	 * from now. Another window is never emptied, though its boundaries may move a little later onto this one's.
	 */
	synchronized void learn(int limit, Duration interval, Duration reset) {
		long now = this.nanoTime.getAsLong();
		long period = interval.toNanos();
		long end = now + reset.toNanos();
		Window window = window(period);
		if (window == null) {
			window = new Window(limit, period, end - period);
			this.windows.add(window);
		}
		window.limit = limit;
		long boundary = window.aligned ? WindowGrid.boundaryOf(end, window.start, period) : Long.MIN_VALUE;
		if (boundary == Long.MIN_VALUE) {
			boundary = lineUp(window, end);
		}
		window.roll(now);
		if (boundary - now > WindowGrid.tolerance(period) && window.nextStart() == boundary) {
			// Our current period is the server's window that the 429 is about: spent. A 429 read late, about a
			// window that has ended since, changes nothing.
			window.used = Math.max(window.used, limit);
		}
		this.config = describe();
	}

	private @Nullable Window window(long period) {
		for (Window window : this.windows) {
			if (window.period == period) {
				return window;
			}
		}
		return null;
	}

	/** Lines a window up with the server's from a 429's end, and with the other windows' boundaries near it. */
	private long lineUp(Window window, long end) {
		List<WindowGrid.Boundaries> others = new ArrayList<>();
		for (Window other : this.windows) {
			if (other != window && other.aligned) {
				others.add(new WindowGrid.Boundaries(other.start, other.period));
			}
		}
		long boundary = WindowGrid.lineUp(end, window.period, others);
		window.aligned = true;
		window.start = boundary - window.period;
		window.index = Long.MIN_VALUE;
		for (Window other : this.windows) {
			if (other != window && other.aligned) {
				other.start += WindowGrid.lag(boundary, window.period, other.start, other.period);
			}
		}
		return boundary;
	}

	/** The windows now, for the shared store. */
	synchronized List<EndpointLimit> windows() {
		List<EndpointLimit> limits = new ArrayList<>(this.windows.size());
		for (Window window : this.windows) {
			limits.add(new EndpointLimit(window.limit, Duration.ofNanos(window.period)));
		}
		return limits;
	}

	/** The waiting callers, for the metrics; the wait itself is the caller's own timer. */
	AtomicInteger waitingCounter() {
		return this.waiting;
	}

	Duration timeout() {
		return this.timeout;
	}

	/** The shortest window, as a Resilience4j configuration; unlimited before any window is known. */
	private RateLimiterConfig describe() {
		Window shortest = null;
		for (Window window : this.windows) {
			if (shortest == null || window.period < shortest.period) {
				shortest = window;
			}
		}
		return RateLimiterConfig.custom()
			.limitForPeriod((shortest != null) ? shortest.limit : Integer.MAX_VALUE)
			.limitRefreshPeriod((shortest != null) ? Duration.ofNanos(shortest.period) : Duration.ofSeconds(1))
			.timeoutDuration(this.timeout)
			.writableStackTraceEnabled(false)
			.build();
	}

	@Override
	public void changeTimeoutDuration(Duration timeoutDuration) {
		this.timeout = timeoutDuration;
		synchronized (this) {
			this.config = describe();
		}
	}

	/** Changes the limit of the shortest window. */
	@Override
	public synchronized void changeLimitForPeriod(int limitForPeriod) {
		Window shortest = null;
		for (Window window : this.windows) {
			if (shortest == null || window.period < shortest.period) {
				shortest = window;
			}
		}
		if (shortest != null) {
			shortest.limit = limitForPeriod;
			this.config = describe();
		}
	}

	/** Blocking form for callers outside the client: waits for the windows up to the timeout. */
	@Override
	public boolean acquirePermission(int permits) {
		long deadline = this.nanoTime.getAsLong() + this.timeout.toNanos();
		for (int taken = 0; taken < permits;) {
			long wait = tryAcquire();
			if (wait == 0) {
				taken++;
				continue;
			}
			if (this.nanoTime.getAsLong() + wait > deadline) {
				rejected();
				return false;
			}
			try {
				Thread.sleep(Duration.ofNanos(wait).toMillis() + 1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** Never reserves ahead: a reservation could not be given back by a caller that stops waiting. */
	@Override
	public long reservePermission(int permits) {
		return (permits == 1 && tryAcquire() == 0) ? 0 : -1;
	}

	@Override
	public synchronized void drainPermissions() {
		long now = this.nanoTime.getAsLong();
		for (Window window : this.windows) {
			window.roll(now);
			window.used = window.limit;
		}
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public RateLimiterConfig getRateLimiterConfig() {
		return this.config;
	}

	@Override
	public Map<String, String> getTags() {
		return this.tags;
	}

	@Override
	public Metrics getMetrics() {
		return new Metrics() {

			@Override
			public int getNumberOfWaitingThreads() {
				return WindowedRateLimiter.this.waiting.get();
			}

			@Override
			public int getAvailablePermissions() {
				return available();
			}

		};
	}

	private synchronized int available() {
		long now = this.nanoTime.getAsLong();
		int available = Integer.MAX_VALUE;
		for (Window window : this.windows) {
			window.roll(now);
			available = Math.min(available, Math.max(0, window.limit - window.used));
		}
		return available;
	}

	@Override
	public EventPublisher getEventPublisher() {
		return this.events;
	}

	@Override
	public String toString() {
		return "WindowedRateLimiter[" + this.name + ", " + windows() + "]";
	}

	/** One fixed window: {@code limit} requests per {@code period}, the periods counted from {@code start}. */
	private static final class Window {

		int limit;

		final long period;

		long start;

		/** Whether a 429 has lined this window up with the server's. */
		boolean aligned;

		/** The period {@code used} counts in. */
		long index;

		int used;

		Window(int limit, long period, long start) {
			this.limit = limit;
			this.period = period;
			this.start = start;
		}

		void roll(long now) {
			long current = Math.floorDiv(now - this.start, this.period);
			if (current > this.index) {
				this.used = 0;
			}
			// Moved later onto another window's boundaries, the period goes on a little longer with its count.
			this.index = current;
		}

		long nextStart() {
			return this.start + (this.index + 1) * this.period;
		}

	}

	private static final class Events extends EventProcessor<RateLimiterEvent>
			implements EventConsumer<RateLimiterEvent>, EventPublisher {

		@Override
		public EventPublisher onSuccess(EventConsumer<RateLimiterOnSuccessEvent> consumer) {
			registerConsumer(RateLimiterOnSuccessEvent.class.getName(), consumer);
			return this;
		}

		@Override
		public EventPublisher onFailure(EventConsumer<RateLimiterOnFailureEvent> consumer) {
			registerConsumer(RateLimiterOnFailureEvent.class.getName(), consumer);
			return this;
		}

		@Override
		public void consumeEvent(RateLimiterEvent event) {
			super.processEvent(event);
		}

	}

}
