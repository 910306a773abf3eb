package io.github.imagekitspring.contract;

import java.util.List;
import java.util.Map;

import io.github.imagekitspring.files.AssetSort;
import io.github.imagekitspring.files.AssetType;
import io.github.imagekitspring.files.FileTypeFilter;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.files.UpdateFileRequest;
import io.github.imagekitspring.ImageKitOperation;

class FileContractCases implements ContractCases {

	@Override
	public List<ContractCase> cases() {
		return List.of(
				ContractCase.spec("list with every parameter", ImageKitOperation.FILES_LIST,
						(imageKit) -> imageKit.files()
							.list(ListFilesRequest.builder()
								.type(AssetType.ALL)
								.sort(AssetSort.DESC_SIZE)
								.path("/products/")
								.searchQuery("tags IN [\"sale\"]")
								.fileType(FileTypeFilter.IMAGE)
								.limit(10)
								.skip(20)
								.build())),
				ContractCase.spec("list with defaults", ImageKitOperation.FILES_LIST,
						(imageKit) -> imageKit.files().list(ListFilesRequest.none())),
				ContractCase.spec("get details", ImageKitOperation.FILES_GET,
						(imageKit) -> imageKit.files().get("598821f949c0a938d57563bd")),
				ContractCase.spec("update details", ImageKitOperation.FILES_UPDATE,
						(imageKit) -> imageKit.files()
							.update("598821f949c0a938d57563bd",
									UpdateFileRequest.builder()
										.tags(List.of("tag1"))
										.clearCustomCoordinates()
										.customMetadata(Map.of("brand", "Nike"))
										.removeAITags(List.of("car"))
										.description("A car")
										.build())),
				ContractCase.spec("update publication status", ImageKitOperation.FILES_UPDATE,
						(imageKit) -> imageKit.files()
							.update("598821f949c0a938d57563bd", UpdateFileRequest.publish(true, false))),
				ContractCase.spec("delete", ImageKitOperation.FILES_DELETE,
						(imageKit) -> imageKit.files().delete("598821f949c0a938d57563bd")));
	}

}
