package io.github.imagekitspring.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The standalone emulator's {@code --rate-limit} option, in a forked JVM as users run it. */
class StandaloneRateLimitTest {

	private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

	@Test
	void rateLimitOptionSetsSeveralWindowsForEveryApiOperation() throws Exception {
		Process process = start("--port=0", "--rate-limit=1/60000,5/600000");
		try {
			String line = CompletableFuture.supplyAsync(() -> firstLine(process)).get(60, TimeUnit.SECONDS);
			Matcher listening = LISTENING.matcher(line);
			assertThat(listening.find()).as(line).isTrue();
			HttpClient client = HttpClient.newHttpClient();
			HttpRequest list = HttpRequest.newBuilder(URI.create(listening.group(1) + "/v1/files"))
				.header("Authorization", Http.basic(ImageKitEmulator.DEFAULT_PRIVATE_KEY))
				.timeout(Duration.ofSeconds(10))
				.build();
			assertThat(client.send(list, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
			HttpResponse<String> limited = client.send(list, HttpResponse.BodyHandlers.ofString());
			assertThat(limited.statusCode()).isEqualTo(429);
			assertThat(limited.headers().firstValue("X-RateLimit-Limit")).hasValue("1");
			assertThat(limited.headers().firstValue("X-RateLimit-Interval")).hasValue("60000");
		}
		finally {
			process.destroy();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void aMalformedRateLimitIsAUsageError() throws Exception {
		Process process = start("--port=0", "--rate-limit=20/1000,120");
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(errors).contains("Invalid rate-limit window '120'").contains("Usage:");
	}

	private static Process start(String... args) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				ImageKitEmulatorMain.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).start();
	}

	private static String firstLine(Process process) {
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			return String.valueOf(out.readLine());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
