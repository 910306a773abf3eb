package io.github.imagekitspring.internal.client;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * The date-range rules of the usage APIs, checked before anything is sent.
 */
final class DateRange {

	/** ImageKit rejects ranges whose dates are this many days apart or more. */
	static final int MAX_DAYS_EXCLUSIVE = 90;

	private DateRange() {
	}

	/**
	 * Check a range whose end date is excluded: the start must come before the end.
	 */
	static void requireEndExclusive(@Nullable LocalDate startDate, @Nullable LocalDate endDate) {
		LocalDate start = Arguments.requireNonNull(startDate, "startDate");
		LocalDate end = Arguments.requireNonNull(endDate, "endDate");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException(
					"startDate must be before endDate, was startDate=" + start + ", endDate=" + end);
		}
		requireUnder90Days(start, end);
	}

	/**
	 * Check a range whose both dates are included: the start must not come after the end.
	 */
	static void requireInclusive(@Nullable LocalDate startDate, @Nullable LocalDate endDate) {
		LocalDate start = Arguments.requireNonNull(startDate, "startDate");
		LocalDate end = Arguments.requireNonNull(endDate, "endDate");
		if (start.isAfter(end)) {
			throw new IllegalArgumentException(
					"startDate must not be after endDate, was startDate=" + start + ", endDate=" + end);
		}
		requireUnder90Days(start, end);
	}

	private static void requireUnder90Days(LocalDate start, LocalDate end) {
		long days = ChronoUnit.DAYS.between(start, end);
		if (days >= MAX_DAYS_EXCLUSIVE) {
			throw new IllegalArgumentException("endDate must be less than " + MAX_DAYS_EXCLUSIVE
					+ " days after startDate, was " + days + " days (startDate=" + start + ", endDate=" + end + ")");
		}
	}

}
