package io.github.imagekitspring.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;

import io.github.imagekitspring.ImageKitOperation;

/**
 * Metadata by file id and by URL. The spec's answers point at {@code components/examples/ImageMetadata} and
 * {@code VideoMetadata} with a {@code $ref} the harness does not follow, so these cases answer with those two
 * examples, read from the spec.
 */
class MetadataContractCases implements ContractCases {

	@Override
	public List<ContractCase> cases() {
		return List.of(
				ContractCase.spec("by file id, image", ImageKitOperation.METADATA_GET,
						(imageKit) -> imageKit.metadata().get("598821f949c0a938d57563bd"), 200,
						componentExample("ImageMetadata")),
				ContractCase.spec("by file id, video", ImageKitOperation.METADATA_GET,
						(imageKit) -> imageKit.metadata().get("598821f949c0a938d57563bd"), 200,
						componentExample("VideoMetadata")),
				ContractCase.spec("by URL", ImageKitOperation.METADATA_GET_FROM_URL,
						(imageKit) -> imageKit.metadata()
							.fromUrl("https://ik.imagekit.io/demo/tr:w-100/sample%20image.jpg?a=1&b=2"),
						200, componentExample("ImageMetadata")));
	}

	private static String componentExample(String name) {
		try (InputStream spec = MetadataContractCases.class.getClassLoader()
			.getResourceAsStream(ImageKitSpec.LOCATION)) {
			return Json.pretty(Yaml.mapper().readTree(spec).path("components").path("examples").path(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
