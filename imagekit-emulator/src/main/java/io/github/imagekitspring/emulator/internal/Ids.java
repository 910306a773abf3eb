package io.github.imagekitspring.emulator.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/** Ids and timestamps in ImageKit's formats: 24 hex characters; ISO instants with milliseconds. */
final class Ids {

	private static final String HEX = "0123456789abcdef";

	private Ids() {
	}

	static String newId() {
		StringBuilder sb = new StringBuilder(24);
		ThreadLocalRandom r = ThreadLocalRandom.current();
		for (int i = 0; i < 24; i++) {
			sb.append(HEX.charAt(r.nextInt(HEX.length())));
		}
		return sb.toString();
	}

	static String iso(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
	}

}
