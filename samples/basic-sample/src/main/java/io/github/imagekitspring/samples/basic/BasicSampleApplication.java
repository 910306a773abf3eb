package io.github.imagekitspring.samples.basic;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.files.Asset;
import io.github.imagekitspring.files.AssetType;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.FolderDetails;
import io.github.imagekitspring.files.ListFilesRequest;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Lists the first files and folders of an ImageKit account, with the request id of the call.
 */
@SpringBootApplication
public class BasicSampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(BasicSampleApplication.class, args);
	}

	@Bean
	ApplicationRunner listFiles(ImageKitOperations imageKit) {
		return (args) -> {
			var response = imageKit.files()
				.withResponse()
				.list(ListFilesRequest.builder().type(AssetType.ALL).limit(20).build())
				.block();
			System.out.println("Listed " + response.requiredBody().items().size() + " entries (request id: "
					+ response.requestId() + ")");
			response.requiredBody().items().forEach((asset) -> System.out.println("  " + describe(asset)));
		};
	}

	private static String describe(Asset asset) {
		if (asset instanceof FileDetails file) {
			return "file    " + file.filePath() + " (" + file.size() + " bytes)";
		}
		if (asset instanceof FolderDetails folder) {
			return "folder  " + folder.folderPath();
		}
		return asset.type();
	}

}
