package io.github.imagekitspring.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Medians and what the machine was like while a benchmark ran. */
final class Stats {

	private Stats() {
	}

	static <T> double median(List<T> runs, ToDoubleFunction<T> figure) {
		double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	static String formatAll(List<Double> values, String format) {
		return String.join(" ", values.stream().map((value) -> String.format(Locale.ROOT, format, value))
			.toArray(String[]::new));
	}

	/** The 1, 5 and 15 minute load averages. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return String.join(" ", Arrays.copyOf(fields, 3));
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
