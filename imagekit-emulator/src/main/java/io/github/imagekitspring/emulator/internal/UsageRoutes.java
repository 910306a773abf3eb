package io.github.imagekitspring.emulator.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Handlers of the usage operations: read and check the date range. */
final class UsageRoutes {

	private UsageRoutes() {
	}

	/** Usage counts {@code endDate} out. */
	static Reply usage(ApiCall call) {
		return Reply.ok(call.state().usage().usage(range(call, false)));
	}

	/** Analytics counts {@code endDate} in. */
	static Reply analytics(ApiCall call) {
		return Reply.ok(call.state().usage().analytics(range(call, true)));
	}

	private static Usage.DateRange range(ApiCall call, boolean endInclusive) {
		String start = call.query("startDate");
		String end = call.query("endDate");
		if (start == null || end == null) {
			throw ApiException.invalid("startDate and endDate are required.");
		}
		LocalDate s;
		LocalDate e;
		try {
			s = LocalDate.parse(start);
			e = LocalDate.parse(end);
		}
		catch (DateTimeParseException ex) {
			throw ApiException.invalid("startDate and endDate must be dates in YYYY-MM-DD format.");
		}
		LocalDate exclusiveEnd = endInclusive ? e.plusDays(1) : e;
		if (!exclusiveEnd.isAfter(s)) {
			throw ApiException.invalid("endDate must be after startDate.");
		}
		if (ChronoUnit.DAYS.between(s, exclusiveEnd) > 90) {
			throw ApiException.invalid("The date range must be less than 90 days.");
		}
		return new Usage.DateRange(s, exclusiveEnd);
	}

}
