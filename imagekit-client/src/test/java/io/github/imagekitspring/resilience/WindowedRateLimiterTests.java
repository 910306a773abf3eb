package io.github.imagekitspring.resilience;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.github.imagekitspring.resilience.ImageKitResilience.EndpointLimit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the limiter lines its windows up with the server's from 429 answers, on a clock the test sets. The client's
 * behaviour through HTTP is in {@link ResilienceTests}.
 */
class WindowedRateLimiterTests {

	private final AtomicLong millis = new AtomicLong();

	private final WindowedRateLimiter limiter = new WindowedRateLimiter("test", Map.of(), List.of(),
			Duration.ofSeconds(30), () -> Duration.ofMillis(this.millis.get()).toNanos());

	@Test
	void whenTheShorterWindowIsLinedUpJustAfterTheLongerOneThenTheLongerMovesOntoIt() {
		this.limiter.learn(20, Duration.ofSeconds(10), Duration.ofMillis(9990));
		at(500);
		// The 1 s window ends at 1010 ms, 2010 ms, ...: 20 ms after a boundary of the 10 s window, so both run on
		// one server clock and the 10 s window ends at 10 010 ms.
		this.limiter.learn(2, Duration.ofSeconds(1), Duration.ofMillis(510));

		at(9995);
		// Opened at 9990 ms, the 10 s window would let this call go in the 1 s window's old period.
		assertThat(waitMillis()).isEqualTo(15);
		at(10010);
		assertThat(waitMillis()).isZero();
		assertThat(waitMillis()).isZero();
		assertThat(waitMillis()).isEqualTo(1000);
	}

	@Test
	void whenAMovedWindowIsStillInItsPeriodThenItKeepsItsCount() {
		this.limiter.learn(2, Duration.ofSeconds(1), Duration.ofMillis(990));
		at(990);
		assertThat(waitMillis()).isZero();
		assertThat(waitMillis()).isZero();
		at(1000);
		// A 10 s window that ends at 1005 ms, 15 ms after the 1 s window's boundary: the 1 s window moves onto the
		// 10 s window's boundaries, and its period that began at 990 ms now ends at 1005 ms, still holding two calls.
		this.limiter.learn(5, Duration.ofSeconds(10), Duration.ofMillis(5));
		assertThat(waitMillis()).isEqualTo(5);
		at(1005);
		assertThat(waitMillis()).isZero();
		assertThat(waitMillis()).isZero();
		assertThat(waitMillis()).isEqualTo(1000);
	}

	@Test
	void whenWindowsAreFarApartThenEachKeepsItsOwnBoundaries() {
		this.limiter.learn(2, Duration.ofSeconds(1), Duration.ofMillis(400));
		at(500);
		// 100 ms from the 1 s window's boundaries: not the same server clock.
		this.limiter.learn(3, Duration.ofSeconds(10), Duration.ofMillis(9000));
		assertThat(this.limiter.windows()).containsExactly(new EndpointLimit(2, Duration.ofSeconds(1)),
				new EndpointLimit(3, Duration.ofSeconds(10)));

		at(9500);
		assertThat(waitMillis()).isZero();
		assertThat(waitMillis()).isZero();
		// The 1 s window's period runs from 9400 ms to 10 400 ms.
		assertThat(waitMillis()).isEqualTo(900);
	}

	@Test
	void whenA429ComesLateAboutAnEndedWindowThenNothingIsSpent() {
		this.limiter.learn(2, Duration.ofSeconds(1), Duration.ofMillis(500));
		at(500);
		assertThat(waitMillis()).isZero();
		// Read 480 ms late: about the window that ended at 500 ms.
		at(980);
		this.limiter.learn(2, Duration.ofSeconds(1), Duration.ofMillis(0));
		assertThat(waitMillis()).isZero();
		assertThat(waitMillis()).isEqualTo(520);
	}

	private void at(long millis) {
		this.millis.set(millis);
	}

	private long waitMillis() {
		return Duration.ofNanos(this.limiter.tryAcquire()).toMillis();
	}

}
