package io.github.imagekitspring.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * Sees every log event of the test suite, at TRACE, and writes down any that holds a secret: a test private key
 * (all start with {@code private_}), a Basic credential, a webhook secret, a computed signature or a v2 upload
 * token.
 * {@link LogSecretsReportCheck} fails the build if it wrote anything.
 */
public class SecretScanningAppender extends AppenderBase<ILoggingEvent> {

	static final Path REPORT_DIRECTORY = Path.of("target", "log-secrets");

	static final Path LEAKS = REPORT_DIRECTORY.resolve("leaks.txt");

	static final Path SCANNED = REPORT_DIRECTORY.resolve("scanned.txt");

	static final List<Pattern> SECRETS = List.of(Pattern.compile("private_[A-Za-z0-9_]{3,}"),
			Pattern.compile("Basic [A-Za-z0-9+/]{8,}={0,2}"), Pattern.compile("whsec_[A-Za-z0-9+/=]+"),
			Pattern.compile("ik-s=[0-9a-f]{40}"), Pattern.compile("(?i)signature\\W{1,3}[0-9a-f]{40}"),
			// A v2 upload token: a signed JWT, good for an upload until it expires.
			Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{20,}"),
			// The proxy passwords of the tests.
			Pattern.compile("proxy-pass-[A-Za-z0-9-]+"));

	/** Set by the main Surefire execution only, so the check's own JVM does not reset the report. */
	static final boolean ACTIVE = Boolean.getBoolean("imagekit.log-secrets.scan");

	private static final AtomicLong scanned = new AtomicLong();

	static {
		if (ACTIVE) {
			prepareReport();
		}
	}

	private static void prepareReport() {
		try {
			Files.createDirectories(REPORT_DIRECTORY);
			Files.deleteIfExists(LEAKS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> write(SCANNED, scanned.get() + "\n", false)));
	}

	@Override
	protected void append(ILoggingEvent event) {
		if (!ACTIVE) {
			return;
		}
		scanned.incrementAndGet();
		StringBuilder text = new StringBuilder(event.getFormattedMessage());
		for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
			text.append('\n').append(thrown.getClassName()).append(": ").append(thrown.getMessage());
		}
		for (Pattern secret : SECRETS) {
			if (secret.matcher(text).find()) {
				write(LEAKS, event.getLevel() + " " + event.getLoggerName() + " matched " + secret + ": " + text + "\n",
						true);
			}
		}
	}

	private static synchronized void write(Path file, String line, boolean append) {
		try {
			Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
