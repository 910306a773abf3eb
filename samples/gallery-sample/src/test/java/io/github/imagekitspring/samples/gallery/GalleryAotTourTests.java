package io.github.imagekitspring.samples.gallery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.aot.AotDetector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gallery as the build's {@code spring-boot:process-aot} left it: the tour runs on the generated bean
 * definitions ({@code -Dspring.aot.enabled=true}), and the native-image metadata holds the client's hints.
 */
@ExtendWith(OutputCaptureExtension.class)
class GalleryAotTourTests {

	private static final Pattern STEP = Pattern.compile("^tour: (\\S+) +.+ \\(request id: \\S+\\)$", Pattern.MULTILINE);

	@Test
	void theAotProcessedApplicationRunsTheTour(CapturedOutput output) {
		System.setProperty(AotDetector.AOT_ENABLED, "true");
		GenericApplicationContext context;
		try {
			assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
			context = (GenericApplicationContext) new SpringApplicationBuilder(GalleryApplication.class)
				.main(GalleryApplication.class)
				.run("--tour", "--server.port=0", "--imagekit.private-key=", "--spring.main.banner-mode=off");
		}
		finally {
			System.clearProperty(AotDetector.AOT_ENABLED);
		}
		// Generated bean definitions: no configuration class was parsed at runtime.
		assertThat(context.containsBeanDefinition(AnnotationConfigUtils.CONFIGURATION_ANNOTATION_PROCESSOR_BEAN_NAME))
			.isFalse();
		List<String> steps = new ArrayList<>();
		Matcher m = STEP.matcher(output.getOut());
		while (m.find()) {
			steps.add(m.group(1));
		}
		assertThat(steps).containsExactly("upload", "list", "search", "tag", "copy", "overwrite", "versions", "folder",
				"purge", "usage");
		assertThat(output.getOut()).contains("tour: done");
		assertThat(context.isActive()).as("the tour closes the application").isFalse();
	}

	@Test
	void theNativeImageMetadataHoldsTheHintsOfTheClient() throws IOException {
		String metadata;
		try (InputStream in = getClass().getResourceAsStream(
				"/META-INF/native-image/io.github.imagekitspring/gallery-sample/reachability-metadata.json")) {
			assertThat(in).as("reachability metadata from spring-boot:process-aot").isNotNull();
			metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(metadata).contains("\"io.github.imagekitspring.files.FileDetails\"",
				"\"io.github.imagekitspring.upload.UploadedFile\"", "\"io.github.imagekitspring.accounts.Usage\"",
				"\"io.github.imagekitspring.internal.client.FileClient$RenameAnswer\"",
				"\"io.github.imagekitspring.autoconfigure.ImageKitProperties$Proxy\"");
	}

}
