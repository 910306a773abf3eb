package io.github.imagekitspring.samples.gallery;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;
import io.github.imagekitspring.autoconfigure.emulator.EmulatorConnectionDetails;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the embedded emulator with a few generated pictures at startup. Never touches a real ImageKit account.
 */
@Component
@Order(0)
public class DemoSeeder implements ApplicationRunner {

	/** Where the demo pictures go. */
	public static final String FOLDER = "/gallery";

	private static final Log logger = LogFactory.getLog(DemoSeeder.class);

	private final ImageKitConnectionDetails account;

	private final ImageKitOperations imageKit;

	public DemoSeeder(ImageKitConnectionDetails account, ImageKitOperations imageKit) {
		this.account = account;
		this.imageKit = imageKit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!(this.account instanceof EmulatorConnectionDetails)) {
			return;
		}
		long count = Flux.fromIterable(DemoImages.ALL)
			.concatMap((image) -> this.imageKit.uploads()
				.upload(UploadSource.of(image.png(480, 320)),
						UploadRequest.builder(image.name()).folder(FOLDER).useUniqueFileName(false).tags("demo").build()))
			.count()
			.block();
		logger.info("Uploaded " + count + " generated pictures to the embedded emulator, under " + FOLDER);
	}

}
