package io.github.imagekitspring.resilience;

import java.time.Duration;

import io.github.resilience4j.core.functions.Either;
import org.junit.jupiter.api.Test;

import io.github.imagekitspring.errors.ImageKitError;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.errors.RateLimitException;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class RetryIntervalTests {

	private static final Duration INITIAL = Duration.ofMillis(500);

	private static final Duration MAX = Duration.ofSeconds(10);

	private static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(30);

	private final RetryInterval lowest = new RetryInterval(INITIAL, 2.0, MAX, MAX_RATE_LIMIT_WAIT, () -> 0.0);

	private final RetryInterval highest = new RetryInterval(INITIAL, 2.0, MAX, MAX_RATE_LIMIT_WAIT, () -> 1.0);

	@Test
	void whenA429CarriesAResetThenTheRetryLandsSomewhereInTheNextWindow() {
		Either<Throwable, Object> outcome = Either.left(rateLimit("1500", "1000"));

		assertThat(this.lowest.apply(1, outcome)).isEqualTo(1500L);
		// Anywhere in the 1000 ms window that starts at the reset.
		assertThat(this.highest.apply(1, outcome)).isEqualTo(2500L);
		assertThat(new RetryInterval(INITIAL, 2.0, MAX, MAX_RATE_LIMIT_WAIT, () -> 0.25).apply(1, outcome))
			.isEqualTo(1750L);
		// Not the attempt number: the server said how long.
		assertThat(this.lowest.apply(3, outcome)).isEqualTo(1500L);
	}

	@Test
	void whenTheWindowIsLongThenTheSpreadStopsAtTheMaxWait() {
		assertThat(this.highest.apply(1, Either.left(rateLimit("20000", "60000")))).isEqualTo(30000L);
		// Without an interval, a little jitter.
		assertThat(this.highest.apply(1, Either.left(rateLimit("200", null)))).isEqualTo(210L);
	}

	@Test
	void whenA429AsksForMoreThanTheMaxWaitThenRetryingStopsWithExactlyMinusOne() {
		assertThat(this.lowest.apply(1, Either.left(rateLimit("30001")))).isEqualTo(-1L);
		assertThat(this.lowest.apply(1, Either.left(rateLimit("30000")))).isEqualTo(30000L);
	}

	@Test
	void whenA429HasNoResetHeaderThenItBacksOff() {
		assertThat(this.lowest.apply(1, Either.left(rateLimit(null)))).isEqualTo(500L);
		assertThat(this.lowest.apply(2, Either.left(rateLimit("soon")))).isEqualTo(1000L);
	}

	@Test
	void backoffGrowsByTheMultiplierUpToTheCapAndJittersDownToHalf() {
		Either<Throwable, Object> failure = Either.left(new ImageKitIoException("files.get", 1, "reset", new Exception()));

		assertThat(this.lowest.apply(1, failure)).isEqualTo(500L);
		assertThat(this.lowest.apply(2, failure)).isEqualTo(1000L);
		assertThat(this.lowest.apply(3, failure)).isEqualTo(2000L);
		assertThat(this.lowest.apply(5, failure)).isEqualTo(8000L);
		assertThat(this.lowest.apply(6, failure)).isEqualTo(10000L);
		assertThat(this.lowest.apply(30, failure)).isEqualTo(10000L);
		assertThat(this.highest.apply(1, failure)).isEqualTo(250L);
		assertThat(this.highest.apply(30, failure)).isEqualTo(5000L);
	}

	private static RateLimitException rateLimit(String reset) {
		return rateLimit(reset, "1000");
	}

	private static RateLimitException rateLimit(String reset, String interval) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(RateLimitException.LIMIT_HEADER, "10");
		if (interval != null) {
			headers.set(RateLimitException.INTERVAL_HEADER, interval);
		}
		if (reset != null) {
			headers.set(RateLimitException.RESET_HEADER, reset);
		}
		return new RateLimitException("files.get", 1, 429, ImageKitError.empty(), headers);
	}

}
