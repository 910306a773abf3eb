package io.github.imagekitspring.internal;

import java.util.List;

/**
 * Where the boundaries of a server's fixed rate-limit windows lie, learned from 429 answers, in any unit of time
 * (the local limiter counts in nanoseconds, the Redis store in epoch milliseconds). A window's boundaries are
 * {@code anchor + k * period}.
 *
 * <p>A 429 says its window ends {@code reset} from when it was read, so the end it gives is late by the response's
 * latency, never early. Two windows of one endpoint whose boundaries fall within a twentieth of the shorter period
 * of each other are taken to run on one server clock (100 per second and 1000 per 15 minutes change together), and
 * the earlier of the two boundaries is moved onto the later one: lined up, the longer window never opens while the
 * shorter one is still counting in the server's previous period, and neither ever opens before the server's.
 */
public final class WindowGrid {

	private static final double TOLERANCE = 0.05;

	private WindowGrid() {
	}

	/** How far from each other two boundaries may be and still be the server's same instant. */
	public static long tolerance(long period) {
		return (long) (period * TOLERANCE);
	}

	/**
	 * The boundary of a window's grid that a 429 ending at {@code end} is about, or {@link Long#MIN_VALUE} when the
	 * grid is off and must be lined up again. An end up to half a period after one of the grid's boundaries was read
	 * late and is about that boundary; one just before it (within the tolerance) is too; a clearly earlier end is the
	 * truth.
	 */
	public static long boundaryOf(long end, long anchor, long period) {
		long phase = Math.floorMod(end - anchor, period);
		if (phase < period / 2) {
			return end - phase;
		}
		return (period - phase <= tolerance(period)) ? end + (period - phase) : Long.MIN_VALUE;
	}

	/**
	 * The boundary for a window of {@code period} lined up again from a 429 ending at {@code end}: the end itself,
	 * or a boundary of another window just after it.
	 * @param others the other windows of the endpoint that are lined up
	 */
	public static long lineUp(long end, long period, List<Boundaries> others) {
		long boundary = end;
		for (Boundaries other : others) {
			long shorter = Math.min(period, other.period());
			long ahead = Math.floorMod(other.anchor() - boundary, shorter);
			if (ahead != 0 && ahead <= tolerance(shorter)) {
				boundary += ahead;
			}
		}
		return boundary;
	}

	/**
	 * How much later another window's grid must move to pass through {@code boundary}, a boundary of a window of
	 * {@code period} just lined up: 0 when it passes there already or is not within the tolerance of it.
	 */
	public static long lag(long boundary, long period, long otherAnchor, long otherPeriod) {
		long shorter = Math.min(period, otherPeriod);
		long behind = Math.floorMod(boundary - otherAnchor, shorter);
		return (behind <= tolerance(shorter)) ? behind : 0;
	}

	/**
	 * The boundaries of a window lined up with the server's: {@code anchor + k * period}.
	 * @param anchor one of them
	 * @param period the window's length
	 */
	public record Boundaries(long anchor, long period) {
	}

}
