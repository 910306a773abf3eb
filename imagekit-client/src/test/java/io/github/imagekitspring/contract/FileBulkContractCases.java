package io.github.imagekitspring.contract;

import java.util.List;

import io.github.imagekitspring.files.CopyFileRequest;
import io.github.imagekitspring.files.MoveFileRequest;
import io.github.imagekitspring.files.RenameFileRequest;
import io.github.imagekitspring.ImageKitOperation;

/**
 * Bulk file operations, copy, move, rename and versions. The spec gives no example answer for the bulk operations'
 * 200 (nor for the version list, whose example sits on the item schema), so those cases answer with a body built
 * from the spec's schema.
 */
class FileBulkContractCases implements ContractCases {

	private static final String FILE_ID = "598821f949c0a938d57563bd";

	private static final String VERSION_ID = "598821f949c0a938d57563be";

	@Override
	public List<ContractCase> cases() {
		return List.of(
				ContractCase.spec("bulk delete", ImageKitOperation.FILES_BULK_DELETE,
						(imageKit) -> imageKit.files().bulkDelete(List.of(FILE_ID, VERSION_ID)), 200,
						"{\"successfullyDeletedFileIds\":[\"" + FILE_ID + "\"]}"),
				ContractCase.spec("bulk delete, partial success", ImageKitOperation.FILES_BULK_DELETE,
						(imageKit) -> imageKit.files().bulkDelete(List.of(FILE_ID, VERSION_ID)), 207,
						"{\"successfullyDeletedFileIds\":[\"" + FILE_ID + "\"],\"errors\":[{\"fileId\":\"" + VERSION_ID
								+ "\",\"error\":\"Internal error\"}]}"),
				ContractCase.spec("add tags", ImageKitOperation.FILES_ADD_TAGS,
						(imageKit) -> imageKit.files().addTags(List.of(FILE_ID), List.of("t-shirt", "sale2019")), 200,
						"{\"successfullyUpdatedFileIds\":[\"" + FILE_ID + "\"]}"),
				ContractCase.spec("remove tags", ImageKitOperation.FILES_REMOVE_TAGS,
						(imageKit) -> imageKit.files().removeTags(List.of(FILE_ID), List.of("sale2019")), 200,
						"{\"successfullyUpdatedFileIds\":[\"" + FILE_ID + "\"]}"),
				ContractCase.spec("remove AI tags", ImageKitOperation.FILES_REMOVE_AI_TAGS,
						(imageKit) -> imageKit.files().removeAITags(List.of(FILE_ID), List.of("Shirt")), 200,
						"{\"successfullyUpdatedFileIds\":[\"" + FILE_ID + "\"]}"),
				ContractCase.spec("copy with versions", ImageKitOperation.FILES_COPY,
						(imageKit) -> imageKit.files()
							.copy(CopyFileRequest.of("/path/to/file.jpg", "/folder/to/copy/into/").withFileVersions(true))),
				ContractCase.spec("move", ImageKitOperation.FILES_MOVE,
						(imageKit) -> imageKit.files()
							.move(new MoveFileRequest("/path/to/file.jpg", "/folder/to/move/into/"))),
				ContractCase.spec("rename with purge", ImageKitOperation.FILES_RENAME,
						(imageKit) -> imageKit.files()
							.rename(RenameFileRequest.of("/path/to/file.jpg", "newFileName.jpg").withPurgeCache(true))),
				ContractCase.spec("list versions", ImageKitOperation.FILE_VERSIONS_LIST,
						(imageKit) -> imageKit.files().versions().list(FILE_ID), 200,
						"[{\"fileId\":\"" + FILE_ID + "\",\"type\":\"file\",\"name\":\"file.jpg\","
								+ "\"filePath\":\"/images/products/file.jpg\",\"versionInfo\":{\"id\":\"" + FILE_ID
								+ "\",\"name\":\"Version 2\"}},{\"fileId\":\"" + FILE_ID
								+ "\",\"type\":\"file-version\",\"name\":\"file.jpg\","
								+ "\"filePath\":\"/images/products/file.jpg\",\"versionInfo\":{\"id\":\"" + VERSION_ID
								+ "\",\"name\":\"Version 1\"}}]"),
				ContractCase.spec("get version", ImageKitOperation.FILE_VERSIONS_GET,
						(imageKit) -> imageKit.files().versions().get(FILE_ID, VERSION_ID)),
				ContractCase.spec("delete version", ImageKitOperation.FILE_VERSIONS_DELETE,
						(imageKit) -> imageKit.files().versions().delete(FILE_ID, VERSION_ID)),
				ContractCase.spec("restore version", ImageKitOperation.FILE_VERSIONS_RESTORE,
						(imageKit) -> imageKit.files().versions().restore(FILE_ID, VERSION_ID)));
	}

}
