package io.github.imagekitspring.autoconfigure.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;
import io.github.imagekitspring.emulator.ImageKitEmulator;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.emulator.ImageKitEmulatorExtension;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class ImageKitEmulatorAutoConfigurationTests {

	@RegisterExtension
	static ImageKitEmulatorExtension testEmulator = ImageKitEmulatorExtension.create();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
				ImageKitEmulatorAutoConfiguration.class, ImageKitAutoConfiguration.class))
		.withPropertyValues("imagekit.emulator.enabled=true");

	@Test
	void onTheClasspathWithoutAnExplicitRequestTheMissingKeyStillFails() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
					ImageKitEmulatorAutoConfiguration.class, ImageKitAutoConfiguration.class))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("imagekit.private-key"));
	}

	@Test
	void anApplicationsOwnEmulatorBeanIsUsedWithoutTheProperty() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
					ImageKitEmulatorAutoConfiguration.class, ImageKitAutoConfiguration.class))
			.withBean(ImageKitEmulator.class, () -> ImageKitEmulator.builder().build().start(), (definition) -> definition.setDestroyMethodName("close"))
			.run((context) -> {
				ImageKitEmulator emulator = context.getBean(ImageKitEmulator.class);
				assertThat(context.getBean(ImageKitClient.class).apiBaseUrl()).hasToString(emulator.baseUrl());
				context.getBean(ImageKitOperations.class).files().list(ListFilesRequest.none()).block();
				assertThat(emulator.requests()).hasSize(1);
			});
	}

	@Test
	void filesGoToATemporaryDirectoryThatIsDeletedWithTheContext() {
		Path[] directory = new Path[1];
		this.runner.run((context) -> {
			ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);
			imageKit.uploads()
				.upload(UploadSource.of(new byte[] { 1, 2, 3 }), UploadRequest.builder("a.bin").build())
				.block();
			directory[0] = context.getBean(ImageKitEmulatorAutoConfiguration.EmulatorStorage.class).directory();
			try (Stream<Path> files = Files.list(directory[0])) {
				assertThat(files).hasSize(1);
			}
		});
		assertThat(directory[0]).doesNotExist();
	}

	@Test
	void filesGoToTheConfiguredDirectoryWhichIsKept(@TempDir Path directory) {
		this.runner.withPropertyValues("imagekit.emulator.storage-dir=" + directory).run((context) -> {
			context.getBean(ImageKitOperations.class).uploads()
				.upload(UploadSource.of(new byte[] { 1, 2, 3 }), UploadRequest.builder("a.bin").build())
				.block();
			try (Stream<Path> files = Files.list(directory)) {
				assertThat(files).hasSize(1);
			}
		});
		assertThat(directory).exists();
	}

	@Test
	void withoutAnAccountTheEmbeddedEmulatorServesTheStarter(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ImageKitEmulator.class)
				.hasSingleBean(EmulatorConnectionDetails.class);
			ImageKitEmulator emulator = context.getBean(ImageKitEmulator.class);
			ImageKitClient client = context.getBean(ImageKitClient.class);
			assertThat(client.apiBaseUrl()).hasToString(emulator.baseUrl());
			assertThat(context.getBean(ImageKitOperations.class).files().list(ListFilesRequest.none()).block().items())
				.isEmpty();
			assertThat(emulator.requests("files.list")).hasSize(1);
		});
		assertThat(output).containsOnlyOnce("using the embedded ImageKit emulator at http://");
	}

	@Test
	void theEmbeddedEmulatorIsStoppedWithTheContext() {
		String[] baseUrl = new String[1];
		this.runner.run((context) -> baseUrl[0] = context.getBean(ImageKitEmulator.class).baseUrl());
		ImageKitOperations afterClose = ImageKitClient.builder()
			.privateKey(ImageKitEmulator.DEFAULT_PRIVATE_KEY)
			.apiBaseUrl(baseUrl[0])
			.build();
		assertThatExceptionOfType(ImageKitIoException.class)
			.isThrownBy(() -> afterClose.files().list(ListFilesRequest.none()).block());
	}

	@Test
	void aConfiguredKeyMeansNoEmulator() {
		this.runner.withPropertyValues("imagekit.private-key=private_real")
			.run((context) -> assertThat(context).doesNotHaveBean(ImageKitEmulator.class)
				.doesNotHaveBean(EmulatorConnectionDetails.class));
	}

	@Test
	void namedClientsMeanNoEmulator() {
		this.runner.withPropertyValues("imagekit.clients.a.private-key=private_a")
			.run((context) -> assertThat(context).doesNotHaveBean(ImageKitEmulator.class));
	}

	@Test
	void turnedOffTheMissingKeyFailsAsUsual() {
		this.runner.withPropertyValues("imagekit.emulator.enabled=false")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("imagekit.private-key"));
	}

	@Test
	void withoutTheEmulatorOnTheClasspathTheMissingKeyFailsAsUsual() {
		this.runner.withClassLoader(new FilteredClassLoader(ImageKitEmulator.class))
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("imagekit.private-key"));
	}

	@Test
	void aTestsOwnEmulatorIsUsedThroughItsConnectionDetails(ImageKitEmulator emulator) {
		this.runner.withBean(ImageKitConnectionDetails.class, () -> new EmulatorConnectionDetails(emulator))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ImageKitEmulator.class);
				context.getBean(ImageKitOperations.class).files().list(ListFilesRequest.none()).block();
				assertThat(emulator.requests("files.list")).hasSize(1);
			});
	}

}
