package io.github.imagekitspring.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application on the embedded emulator that uploads one file to it; {@link EmbeddedEmulatorLargeUploadTests}
 * runs it in a JVM with a heap far smaller than the file. Prints one {@code RESULT name=value ...} line and exits 0
 * when the upload succeeded.
 */
public final class EmbeddedEmulatorLargeUploadMain {

	private EmbeddedEmulatorLargeUploadMain() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		Path storage = Path.of(args[1]);
		SpringApplication application = new SpringApplication(Application.class);
		// The test configuration logs at TRACE; per buffer, that would be most of the run.
		application.setDefaultProperties(Map.of("spring.main.web-application-type", "none", "imagekit.emulator.enabled",
				"true", "imagekit.emulator.storage-dir", storage.toString(), "imagekit.response-timeout", "5m",
				"imagekit.retry.call-timeout", "5m", "logging.level.io.github.imagekitspring", "INFO",
				"logging.level.reactor.netty", "INFO", "logging.level.org.springframework", "INFO"));
		try (ConfigurableApplicationContext context = application.run()) {
			ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);
			UploadedFile uploaded = (UploadedFile) imageKit.uploads()
				.upload(UploadSource.of(file), UploadRequest.builder("large.bin").build())
				.block(Duration.ofMinutes(5));
			long stored;
			try (Stream<Path> files = Files.list(storage)) {
				stored = files.mapToLong((each) -> each.toFile().length()).sum();
			}
			System.out.println("RESULT fileId=" + uploaded.fileId() + " size=" + uploaded.size() + " stored=" + stored
					+ " maxHeap=" + Runtime.getRuntime().maxMemory());
		}
		System.exit(0);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
