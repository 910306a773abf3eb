package io.github.imagekitspring.samples.gallery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.emulator.RecordedRequest;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The tour, run as a user would run it: the application with {@code --tour}, against the embedded emulator. */
@ExtendWith(OutputCaptureExtension.class)
class GalleryTourTests {

	private static final Pattern STEP = Pattern.compile("^tour: (\\S+) +(.+) \\(request id: (\\S+)\\)$", Pattern.MULTILINE);

	/** What each step says, by step name, in the order printed. */
	private record Step(String result, String requestId) {
	}

	@Test
	void theTourRunsEveryStepWithItsRequestIdAndExits(CapturedOutput output) {
		List<RecordedRequest> served = new CopyOnWriteArrayList<>();
		ApplicationListener<ContextClosedEvent> emulatorLog = (event) -> served
			.addAll(event.getApplicationContext().getBean(ImageKitEmulator.class).requests());

		ConfigurableApplicationContext context = new SpringApplicationBuilder(GalleryApplication.class)
			.listeners(emulatorLog)
			.run("--tour", "--server.port=0", "--imagekit.private-key=", "--spring.main.banner-mode=off");

		Map<String, Step> steps = steps(output);
		assertThat(steps.keySet()).containsExactly("upload", "list", "search", "tag", "copy", "overwrite", "versions",
				"folder", "purge", "usage");
		assertThat(steps.get("upload").result()).matches("/tour/tour\\.png as \\w+, version \\w+");
		assertThat(steps.get("list").result()).isEqualTo("6 files");
		assertThat(steps.get("search").result()).isEqualTo("type = \"file\" AND name : \"tour\" found 1");
		assertThat(steps.get("tag").result()).isEqualTo("1 file tagged [tour, sample]");
		assertThat(steps.get("copy").result()).isEqualTo("/tour/tour.png to /tour/copies/");
		assertThat(steps.get("overwrite").result()).startsWith(steps.get("upload").result().replaceAll(", version .*", ""))
			.isNotEqualTo(steps.get("upload").result());
		assertThat(steps.get("versions").result()).isEqualTo("tour.png has 2 versions");
		assertThat(steps.get("folder").result()).matches("copy /tour to /archive: job \\S+ COMPLETED");
		assertThat(steps.get("purge").result()).matches("http://127\\.0\\.0\\.1:\\d+/ik/tour/tour\\.png COMPLETED");
		assertThat(steps.get("usage").result()).matches("[1-9]\\d* bytes stored, \\d+ bytes delivered since \\d{4}-\\d{2}-\\d{2}");
		Map<String, String> operations = new LinkedHashMap<>();
		steps.forEach((name, step) -> operations.put(name, servedBy(served, step)));
		assertThat(operations).containsExactly(entry("upload", "files.upload"), entry("list", "files.list"),
				entry("search", "files.list"), entry("tag", "files.addTags"), entry("copy", "files.copy"),
				entry("overwrite", "files.upload"), entry("versions", "files.versions.list"), entry("folder", "folders.copy"),
				entry("purge", "cache.purge"), entry("usage", "accounts.usage"));
		assertThat(output.getOut()).contains("tour: done");
		assertThat(context.isActive()).as("the tour closes the application").isFalse();
	}

	private static Map<String, Step> steps(CapturedOutput output) {
		Map<String, Step> steps = new LinkedHashMap<>();
		Matcher m = STEP.matcher(output.getOut());
		while (m.find()) {
			steps.put(m.group(1), new Step(m.group(2), m.group(3)));
		}
		return steps;
	}

	/** The emulator operation that answered with the step's request id, so the printed id is the real one. */
	private static String servedBy(List<RecordedRequest> served, Step step) {
		return served.stream()
			.filter((request) -> step.requestId().equals(request.requestId()))
			.map(RecordedRequest::operationId)
			.findFirst()
			.orElseThrow(() -> new AssertionError("The emulator never answered with request id " + step.requestId()));
	}

}
